// `factorflow sweep SCENARIO --vary KEY=VALUES...` (or --file design.json): every point of
// the grid with the same replication seeds, resumable, on a pool of worker processes.
import type { Argv, CommandModule } from 'yargs';
import { countArg, experimentOptions, workersArg, type ExperimentArgs } from '../experiment-args.ts';
import { clusterOptions, clusterStep, splitArg, type ClusterArgs } from '../cluster-args.ts';
import { InputError } from '../../experiment/errors.ts';
import { expandGrid, parseVary, type SweepDesign, readSweepFile, runSweep, sweepText } from '../../experiment/sweep/index.ts';
import { replicationSeeds } from '../../experiment/runs/seeds.ts';
import { scheduleConflicts } from '../../scenario/changed-keys.ts';
import { buildReport } from '../../report/index.ts';
import { ScenarioError } from '../../scenario/index.ts';
import { OVERRIDE_FILE } from '../../scenario/overrides.ts';
import { resultsFolderName } from '../../io/folder-name.ts';
import { withErrors } from '../errors.ts';
import { moneyUnit } from '../../metrics/index.ts';
import { progressBar } from '../progress.ts';
import { scenarioFromArgs, scenarioOptions, type ScenarioArgs } from '../scenario-args.ts';

export interface SweepArgs extends ScenarioArgs, ExperimentArgs, ClusterArgs {
  scenario: string;
  vary?: string[];
  file?: string;
}

function designOf(argv: SweepArgs): { design: SweepDesign; reps?: number } {
  if (argv.file && argv.vary) throw new InputError('give either --vary or --file, not both');
  if (argv.file) return readSweepFile(argv.file);
  if (!argv.vary?.length) throw new InputError('nothing to sweep: give --vary KEY=V1,V2,... (or KEY=start:stop:step) or --file');
  return { design: expandGrid(argv.vary.map(parseVary)) };
}

async function sweep(argv: SweepArgs): Promise<void> {
  const { design, reps: fileReps } = designOf(argv);
  const base = scenarioFromArgs(argv.scenario, argv);
  const seeds = replicationSeeds(base.seed, countArg('reps', argv.reps ?? fileReps, 1));
  for (const warning of scheduleConflicts(base, design.keys, 'swept')) console.error(warning);
  const out = argv.out ?? `results/sweep-${resultsFolderName(base.name)}`;
  // A point's keys come after --set, and --seed/--steps last, as for a single run.
  const from = argv.file ?? '--vary';
  const load = (overrides: string[]) => {
    try {
      return scenarioFromArgs(argv.scenario, { ...argv, set: [...(argv.set ?? []), ...overrides] });
    } catch (err) {
      throw blameDesign(err, design.keys, from);
    }
  };
  const split = splitArg(argv);
  const result = await runSweep({ base, load, design, seeds }, {
    out, workers: workersArg(argv), fresh: argv.fresh, split,
    progress: (total) => progressBar(total, `sweep ${base.name}`, argv.quiet ?? false),
  });
  if (split) return console.log(clusterStep(argv, out, result.carried, `sweep-${base.name}`));
  if (argv.report !== false) await buildReport(out);
  console.log(sweepText(design, result, argv.report !== false, { money: moneyUnit(base.regions) }));
}

/** Problems with a swept key name --vary (or the sweep file), not --set. */
function blameDesign(err: unknown, keys: readonly string[], from: string): unknown {
  if (!(err instanceof ScenarioError)) return err;
  const swept = (path: string) => keys.some((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`));
  return new ScenarioError(err.problems.map((p) => (p.file === OVERRIDE_FILE && swept(p.path) ? { ...p, file: from } : p)));
}

const command: CommandModule<object, SweepArgs> = {
  command: 'sweep [scenario]',
  describe: 'Run a scenario over a grid of key values (with replications) and write tidy tables',
  builder: (yargs: Argv<object>) =>
    clusterOptions(experimentOptions(scenarioOptions(yargs), 'replications per point (default 1; seeds seed, seed+1, ... at every point)'))
      .positional('scenario', { type: 'string', default: 'china-2020', describe: 'a scenario file or a bundled name' })
      .option('vary', { type: 'string', array: true, describe: 'KEY=V1,V2,... or KEY=start:stop:step; several make a full factorial grid' })
      .option('file', { type: 'string', describe: 'a sweep file (JSON) with "vary" (a grid) or "points" (a list), see docs/experiments.md' })
      .option('out', { type: 'string', describe: 'results folder (default results/sweep-<name>)' })
      .option('quiet', { type: 'boolean', alias: 'q', describe: 'no progress bar' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 sweep china-2020 --vary policy.transfers.rate=0,0.5,1 --vary policy.hukouPenalty=0:2:0.5 --reps 5', 'a 3 × 5 grid, 5 replications per point')
      .example('$0 sweep china-2020 --vary policy.transfers.rate=0:1:0.25 --reps 4 --slurm --array-size 8 --cpus-per-task 4', 'plan it and write Slurm scripts: 8 array tasks, then a merge job') as Argv<SweepArgs>,
  handler: withErrors(sweep),
};

export default command;
