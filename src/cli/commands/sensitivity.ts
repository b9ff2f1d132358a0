// `factorflow sensitivity SCENARIO --method morris|sobol --vary KEY=LO:HI ... --outcomes ...`:
// which varied keys drive which outcomes (docs/sensitivity.md). Every input is checked
// before anything runs; runs go through the experiment pool, resumable as a sweep's.
import type { Argv, CommandModule } from 'yargs';
import { experimentOptions, workersArg, type ExperimentArgs } from '../experiment-args.ts';
import { clusterOptions, clusterStep, splitArg, type ClusterArgs } from '../cluster-args.ts';
import { InputError } from '../../experiment/errors.ts';
import { overrideText } from '../../scenario/overrides.ts';
import { parseRangeArg, planMorris, planSobol, scale, type Range, type SensitivityPlan, DEFAULT_OUTCOMES, parseOutcomes, runSensitivity, sensitivityText } from '../../experiment/sensitivity/index.ts';
import { buildReport } from '../../report/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { withErrors } from '../errors.ts';
import { progressBar } from '../progress.ts';
import { scenarioFromArgs, scenarioOptions, type ScenarioArgs } from '../scenario-args.ts';

export interface SensitivityArgs extends ScenarioArgs, ExperimentArgs, ClusterArgs {
  scenario: string;
  method: 'morris' | 'sobol';
  vary?: string[];
  outcomes?: string[];
  n: number;
  trajectories: number;
  levels: number;
  secondOrder?: boolean;
}

/** A whole number ≥ min from a flag. */
function whole(flag: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new InputError(`--${flag}: expected a whole number ≥ ${min} (got ${Number.isNaN(value) ? 'not a number' : value})`);
  return value;
}

/** Scenario problems of a varied key name the --vary flag, not --set. */
function asVary(err: unknown, ranges: readonly Range[]): unknown {
  if (!(err instanceof Error)) return err;
  let message = err.message;
  for (const r of ranges) message = message.split(`--set: ${r.key}`).join(`--vary: ${r.key}`);
  return message === err.message ? err : new InputError(message);
}

function loader(argv: SensitivityArgs, ranges: readonly Range[]): (overrides: string[]) => Scenario {
  return (overrides) => {
    try {
      return scenarioFromArgs(argv.scenario, { ...argv, set: [...(argv.set ?? []), ...overrides] });
    } catch (err) {
      throw asVary(err, ranges);
    }
  };
}

function plan(argv: SensitivityArgs, ranges: Range[], seed: number): SensitivityPlan {
  const reps = whole('reps', argv.reps ?? 5, 0);
  if (reps === 1) throw new InputError('--reps: seed noise needs at least 2 replications of the base point (or 0 to skip it)');
  if (argv.method === 'sobol') return planSobol(ranges, whole('n', argv.n, 1), argv.secondOrder ?? false, seed, reps);
  return planMorris(ranges, whole('trajectories', argv.trajectories, 2), whole('levels', argv.levels, 2), seed, reps);
}

async function sensitivity(argv: SensitivityArgs): Promise<void> {
  if (!argv.vary?.length) throw new InputError('nothing to vary: give --vary KEY=LO:HI for each parameter or lever, e.g. --vary policy.transfers.rate=0:1');
  const ranges = argv.vary.map(parseRangeArg);
  const split = splitArg(argv);
  const base = scenarioFromArgs(argv.scenario, argv);
  const load = loader(argv, ranges);
  // Both ends and a few points inside every range must be valid values of their key before
  // anything runs (a key that takes only whole numbers fails inside).
  for (const r of ranges) for (const u of [0, 1, 1 / 3, 0.5, 0.75]) load([overrideText(r.key, scale(r, u))]);
  const outcomes = parseOutcomes(argv.outcomes?.length ? argv.outcomes : DEFAULT_OUTCOMES, base.steps);
  const design = plan(argv, ranges, base.seed);
  const out = argv.out ?? `results/sensitivity-${base.name}-${argv.method}`;
  const result = await runSensitivity({ base, load, plan: design, outcomes }, {
    out, workers: workersArg(argv), fresh: argv.fresh, split,
    progress: (total) => progressBar(total, `sensitivity ${base.name}`, argv.quiet ?? false),
  });
  if (split) return console.log(clusterStep(argv, out, result.carried, `sensitivity-${base.name}-${argv.method}`));
  if (argv.report !== false) await buildReport(out);
  console.log(sensitivityText(design, outcomes, result, argv.report !== false));
}

const command: CommandModule<object, SensitivityArgs> = {
  command: 'sensitivity [scenario]',
  describe: 'Which parameters and levers drive an outcome: Morris screening or Sobol indices over ranges of keys',
  builder: (yargs: Argv<object>) =>
    clusterOptions(experimentOptions(scenarioOptions(yargs), 'replications of the base point (the middle of every range) to measure seed noise (default 5; 0 skips it)'))
      .positional('scenario', { type: 'string', default: 'china-2020', describe: 'a scenario file or a bundled name' })
      .option('method', { choices: ['morris', 'sobol'] as const, default: 'morris' as const, describe: 'morris: screening by elementary effects; sobol: variance shares (more runs)' })
      .option('vary', { type: 'string', array: true, describe: 'KEY=LO:HI, a key of the scenario (as for --set) and its range; once per parameter' })
      .option('outcomes', { type: 'string', array: true, describe: `COLUMN@STEP, COLUMN@FROM..TO (change), COLUMN@last, or a run figure (beta, halfLife, sigma_change, ...); default ${DEFAULT_OUTCOMES.join(' ')}` })
      .option('n', { type: 'number', default: 64, describe: 'Sobol: base sample size N, a power of 2; N(d + 2) runs (N(2d + 2) with --second-order)' })
      .option('second-order', { type: 'boolean', describe: 'Sobol: also second-order indices S2 (d more runs per base row)' })
      .option('trajectories', { type: 'number', default: 10, describe: 'Morris: trajectories R; R(d + 1) runs' })
      .option('levels', { type: 'number', default: 4, describe: 'Morris: grid levels P (even)' })
      .option('out', { type: 'string', describe: 'results folder (default results/sensitivity-<name>-<method>)' })
      .option('quiet', { type: 'boolean', alias: 'q', describe: 'no progress bar' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 sensitivity china-2020 --method morris --vary policy.transfers.rate=0:1 --vary policy.hukouPenalty=0:2 --vary params.investmentScale=10:30 --outcomes sd_log_gdp_pc@0..20 gini_households@20 beta', 'screen three keys on 10 trajectories (40 runs + 5 noise replications); σ\'s 20-year change, the household Gini at year 20 and β')
      .example('$0 sensitivity two-regions --method sobol --n 128 --vary policy.migrationCost=0:2 --vary policy.transfers.rate=0:1 --outcomes theil@last halfLife', 'Sobol first-order and total indices with bootstrap intervals (512 runs + 5)')
      .example('$0 sensitivity china-2020 --set params.laborAgents=20000 --vary policy.floor=0:0.3 --vary policy.ruralTfpGrowth=0:0.04 --outcomes gini_households@0..20 --workers 2', 'a cheaper model (20,000 agents per run) on 2 worker processes')
      .example('$0 sensitivity china-2020 --method sobol --n 256 --vary policy.floor=0:0.3 --vary policy.hukouPenalty=0:2 --slurm --array-size 32 --cpus-per-task 4', 'plan 1024 + 5 runs and write Slurm scripts: 32 array tasks, then a merge job that analyses the outcomes given here') as Argv<SensitivityArgs>,
  handler: withErrors(sensitivity),
};

export default command;
