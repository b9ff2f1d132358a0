// `factorflow compare BASELINE POLICY...`: each scenario run with the same replication
// seeds (common random numbers), or read from results folders written before; the paired
// policy − baseline differences with 95% intervals, printed and written as
// comparison.csv / comparison.json (docs/outputs.md).
import { resultsFolderName } from '../../io/folder-name.ts';
import type { Argv, CommandModule } from 'yargs';
import { clusterOptions, clusterStep, splitArg, type ClusterArgs } from '../cluster-args.ts';
import { readGroup, type Group, regionsOfRun, requireComparable, type Shape, aggregateComparison, comparisonDesign, comparisonExperiment, type ComparisonSource, comparisonText } from '../../experiment/compare/index.ts';
import { countArg, experimentOptions, workersArg, type ExperimentArgs } from '../experiment-args.ts';
import { carryOut } from '../../experiment/distribute/distribute.ts';
import { releaseFolder } from '../../experiment/folders/folder.ts';
import { isFolder } from '../../experiment/runs/run-folder.ts';
import { replicationSeeds } from '../../experiment/runs/seeds.ts';
import { changedKeys, scheduleConflicts } from '../../scenario/changed-keys.ts';
import { buildReport } from '../../report/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { withErrors } from '../errors.ts';
import { integerListArg } from '../integer-arg.ts';
import { progressBar } from '../progress.ts';
import { scenarioFromArgs, scenarioOptions, type ScenarioArgs } from '../scenario-args.ts';

export interface CompareArgs extends ScenarioArgs, ExperimentArgs, ClusterArgs {
  baseline: string;
  policies: string[];
  at?: number[];
  force?: boolean;
}

/** An argument: a results folder to read, or a scenario to run. */
type Source = ComparisonSource;

const nameOf = (s: Source) => ('folder' in s ? s.folder.name : s.scenario.name);

/** What must match for a comparison to mean something: the same regions and the same steps. */
function shapeOf(s: Source): Shape {
  if ('scenario' in s) return { ref: s.ref, regions: s.scenario.regions.map((r) => r.id), lastStep: s.scenario.steps };
  const run = s.folder.runs[0];
  return { ref: s.ref, regions: regionsOfRun(run.dir), lastStep: run.steps[run.steps.length - 1] };
}

/** Seeds shared by all: those of the first folder given, else base, base + 1, ... */
function seedsFor(sources: Source[], argv: CompareArgs): number[] {
  const folder = sources.find((s): s is Extract<Source, { folder: Group }> => 'folder' in s);
  if (folder && argv.reps === undefined) return folder.folder.runs.map((r) => r.seed);
  const first = sources.find((s): s is Extract<Source, { scenario: Scenario }> => 'scenario' in s);
  const base = argv.seed ?? first?.scenario.seed ?? folder!.folder.runs[0].seed;
  return replicationSeeds(base, countArg('reps', argv.reps, 10));
}

/** A policy key that the policy's own schedule also sets: its effect stops where the schedule takes over. */
function warnScheduleConflicts(sources: Source[]): void {
  const [first, ...rest] = sources;
  if (!('scenario' in first)) return;
  for (const s of rest) {
    if (!('scenario' in s)) continue;
    const keys = changedKeys(first.scenario, s.scenario).map((c) => c.key);
    for (const warning of scheduleConflicts(s.scenario, keys, `changed by ${s.scenario.name}`)) console.error(warning);
  }
}

async function compare(argv: CompareArgs): Promise<void> {
  const started = performance.now();
  const refs = [argv.baseline, ...argv.policies];
  const sources: ComparisonSource[] = refs.map((ref) => (isFolder(ref) ? { ref, folder: readGroup(ref) } : { ref, scenario: scenarioFromArgs(ref, argv) }));
  requireComparable(sources.map(shapeOf), argv.force ?? false);
  const seeds = seedsFor(sources, argv);
  const out = argv.out ?? `results/${resultsFolderName(`compare-${sources.map(nameOf).join('-vs-')}`)}`;
  warnScheduleConflicts(sources);
  const workers = workersArg(argv);
  const split = splitArg(argv);
  const force = argv.force ?? false;
  const carried = await carryOut(comparisonExperiment(sources, seeds, out, argv.at, force), {
    out, workers, fresh: argv.fresh, split,
    progress: (n) => progressBar(n, `compare ${sources.map(nameOf).join(', ')}`, argv.quiet ?? false),
  });
  if (split) return console.log(clusterStep(argv, out, carried, 'compare'));
  const design = comparisonDesign(sources, seeds, argv.at, force);
  let aggregated: ReturnType<typeof aggregateComparison>;
  try {
    aggregated = aggregateComparison(out, design, { workers, started, refs });
  } finally {
    releaseFolder(out); // carryOut's lock, kept for the aggregate
  }
  const { baseline, comparison, warnings, money, regions } = aggregated;
  for (const warning of warnings) console.error(`warning: ${warning}`);
  if (argv.report !== false) await buildReport(out);
  const shown = argv.at ?? [comparison.steps[comparison.steps.length - 1]];
  console.log(comparisonText(baseline, comparison, shown, { money, regions }));
  console.log(`Results: ${out}/ (comparison.csv, comparison.json${argv.report !== false ? ', report.html' : ''})`);
}

const command: CommandModule<object, CompareArgs> = {
  command: 'compare <baseline> <policies..>',
  describe: 'Compare policies with a baseline: paired differences with 95% intervals (same seeds for all)',
  builder: (yargs: Argv<object>) =>
    clusterOptions(experimentOptions(scenarioOptions(yargs), 'replications per scenario (default 10; seeds seed, seed+1, ...)'))
      .positional('baseline', { type: 'string', describe: 'a scenario (file or bundled name) or a results folder' })
      .positional('policies', { type: 'string', array: true, describe: 'scenarios or results folders to compare with it' })
      .option('at', { type: 'string', array: true, coerce: integerListArg('--at', 0), describe: 'steps to report (default: every step in the CSV, the last one printed)' })
      .option('out', { type: 'string', describe: 'results folder (default results/compare-<names>)' })
      .option('force', { type: 'boolean', describe: 'compare even scenarios with other regions or step counts (over the steps they share)' })
      .option('quiet', { type: 'boolean', alias: 'q', describe: 'no progress bar' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 compare china-2020 common-prosperity --reps 20', 'a policy against the baseline, 20 paired replications')
      .example('$0 compare results/a/reps-10-seed-1 results/b/reps-10-seed-1', 'compare folders written before, paired by seed') as Argv<CompareArgs>,
  handler: withErrors(compare),
};

export default command;
