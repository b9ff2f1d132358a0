// `factorflow calibrate SCENARIO --targets FILE --free KEY=LO:HI ...`: fit free parameters to
// observed moments by the method of simulated moments (src/experiment/calibration/).
import type { Argv, CommandModule } from 'yargs';
import { countArg, experimentOptions, workersArg, type ExperimentArgs } from '../experiment-args.ts';
import { clusterOptions, clusterStep, splitArg, type ClusterArgs } from '../cluster-args.ts';
import { InputError } from '../../experiment/errors.ts';
import { carryOutCalibration, type CalibrationSettings, parseFreeList, momentsOf, readTargets, calibrationText } from '../../experiment/calibration/index.ts';
import { replicationSeeds } from '../../experiment/runs/seeds.ts';
import { buildReport } from '../../report/index.ts';
import { parseOverrideValue } from '../../scenario/overrides.ts';
import { withErrors } from '../errors.ts';
import { progressBar } from '../progress.ts';
import { scenarioFromArgs, scenarioOptions, type ScenarioArgs } from '../scenario-args.ts';

export interface CalibrateArgs extends ScenarioArgs, ExperimentArgs, ClusterArgs {
  scenario: string;
  targets?: string;
  free?: string[];
  budget?: number;
  design?: number;
  starts?: number;
  profile?: number;
}

function settingsOf(argv: CalibrateArgs, k: number): CalibrationSettings {
  const budget = countArg('budget', argv.budget, 60 * k);
  const designPoints = countArg('design', argv.design, Math.min(Math.max(10, 5 * k), Math.floor(budget / 2) || 1));
  if (designPoints > budget) throw new InputError(`--design: ${designPoints} points do not fit in --budget ${budget}`);
  const profile = argv.profile ?? 7;
  if (!Number.isInteger(profile) || profile < 0) throw new InputError(`--profile: expected a whole number ≥ 0 (got ${argv.profile})`);
  return {
    budget, designPoints,
    starts: countArg('starts', argv.starts, 2),
    profilePoints: profile,
    profileWidth: 0.15,
    search: { step: 0.1, tolerance: 0.005 },
  };
}

/** The --set and --steps the user gave, as [key, value] for fitted.json. */
function userOverrides(argv: CalibrateArgs): [string, unknown][] {
  const sets = (argv.set ?? []).map((s): [string, unknown] => {
    const eq = s.indexOf('=');
    const k = s.slice(0, eq).trim();
    return [k, parseOverrideValue(k, s.slice(eq + 1))];
  });
  return argv.steps !== undefined ? [...sets, ['steps', argv.steps]] : sets;
}

async function calibrate(argv: CalibrateArgs): Promise<void> {
  if (!argv.targets) throw new InputError('--targets: give the targets file (JSON, see docs/calibration.md)');
  const free = parseFreeList(argv.free);
  const split = splitArg(argv);
  const base = scenarioFromArgs(argv.scenario, argv);
  const targets = readTargets(argv.targets);
  const moments = momentsOf(argv.targets, targets, base);
  const load = (overrides: string[]) => scenarioFromArgs(argv.scenario, { ...argv, set: [...(argv.set ?? []), ...overrides] });
  // Both ends of every range must make a valid scenario (a key that is not a number fails here).
  for (const values of [free.map((f) => f.lo), free.map((f) => f.hi)]) load(free.map((f, i) => `${f.key}=${values[i]}`));
  const settings = settingsOf(argv, free.length);
  const seeds = replicationSeeds(base.seed, countArg('reps', argv.reps, 2));
  const out = argv.out ?? `results/calibrate-${base.name}`;
  const { carried, result } = await carryOutCalibration({
    base, load, free, targetsFile: argv.targets, targetsName: targets.name, moments, seeds, settings,
    ref: argv.scenario, overrides: userOverrides(argv),
  }, {
    out, workers: workersArg(argv), fresh: argv.fresh, split,
    progress: (total) => progressBar(total, `calibrate ${base.name}: design (runs)`, argv.quiet ?? false),
    searchProgress: (total) => progressBar(total, `calibrate ${base.name}: search and profiles (runs, at most)`, argv.quiet ?? false),
  });
  // --plan, --shard and --slurm concern the design phase; the search follows the merge.
  if (!result) return console.log(clusterStep(argv, out, carried, `calibrate-${base.name}`, 'the search'));
  if (argv.report !== false) await buildReport(out);
  console.log(calibrationText(result, free, moments, argv.report !== false));
}

const command: CommandModule<object, CalibrateArgs> = {
  command: 'calibrate [scenario]',
  describe: 'Fit free parameters to observed moments (method of simulated moments): calibration.json, evaluations.csv, fitted.json, report.html',
  builder: (yargs: Argv<object>) =>
    clusterOptions(experimentOptions(scenarioOptions(yargs), 'replications per candidate (default 2; seeds seed, seed+1, ... for every candidate)'))
      .positional('scenario', { type: 'string', default: 'china-2000', describe: 'a scenario file or a bundled name' })
      .option('targets', { type: 'string', describe: 'the targets file (JSON; scenarios/targets/schema.json)' })
      .option('free', { type: 'string', array: true, describe: 'KEY=LO:HI, a parameter to fit and its bounds; repeat for each' })
      .option('budget', { type: 'number', describe: 'evaluations of the design and the search together (default 60 per free parameter)' })
      .option('design', { type: 'number', describe: 'points of the Latin hypercube design (default 5 per free parameter, at least 10, at most half the budget)' })
      .option('starts', { type: 'number', describe: 'Nelder–Mead chains, from the best design points (default 2)' })
      .option('profile', { type: 'number', describe: 'points per parameter in the profiles around the optimum (default 7; 0 for none), beyond the budget' })
      .option('out', { type: 'string', describe: 'results folder (default results/calibrate-<name>)' })
      .option('quiet', { type: 'boolean', alias: 'q', describe: 'no progress bar' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 calibrate china-2000 --targets scenarios/targets/china-2000-to-2020.json --free params.diffusion=0:0.1 --free params.migrationScale=0.5:4 --set params.laborAgents=30000', 'fit two parameters at 30,000 agents')
      .example('$0 calibrate my.json --targets my-targets.json --free params.agglomeration=0:0.2 --reps 4 --budget 40 --out fit', '4 replications per candidate, 40 evaluations, results in fit/')
      .example('$0 run fit/fitted.json', 'run the fitted scenario')
      .example('$0 calibrate china-2000 --targets scenarios/targets/china-2000-to-2020.json --free params.diffusion=0:0.1 --free params.migrationScale=0.5:4 --design 40 --slurm --array-size 20 --cpus-per-task 4', 'the design\'s 40 candidates × 2 seeds as a Slurm array of 20 tasks, then one job that merges them and runs the search on 4 CPUs (docs/cluster.md)') as Argv<CalibrateArgs>,
  handler: withErrors(calibrate),
};

export default command;
