// `factorflow compare BASELINE POLICY...`: each scenario run with the same replication
// seeds (common random numbers), or read from results folders written before; the paired
// policy − baseline differences with 95% intervals, printed and written as
// comparison.csv / comparison.json (docs/outputs.md).
import { join } from 'node:path';
import { resultsFolderName } from '../../io/folder-name.ts';
import type { Argv, CommandModule } from 'yargs';
import { compareGroups, COMPARISON_COLUMNS, readGroup, type Group } from '../../experiment/compare.ts';
import { commonStepsOnly, regionsOfRun, requireComparable, type Shape } from '../../experiment/comparable.ts';
import { countArg, experimentOptions, workersArg, type ExperimentArgs } from '../../experiment/cli-options.ts';
import { prepareFolder, releaseFolder } from '../../experiment/folder.ts';
import { runReplications } from '../../experiment/replications.ts';
import { isFolder } from '../../experiment/run-folder.ts';
import { replicationSeeds } from '../../experiment/seeds.ts';
import { comparisonText } from '../../experiment/text.ts';
import { writeFileAtomically } from '../../io/atomic.ts';
import { toCsv } from '../../io/csv.ts';
import { json, manifest, scenarioHash } from '../../io/manifest.ts';
import { buildReport } from '../../report/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { withErrors } from '../errors.ts';
import { progressBar } from '../progress.ts';
import { scenarioFromArgs, scenarioOptions, type ScenarioArgs } from '../scenario-args.ts';

export interface CompareArgs extends ScenarioArgs, ExperimentArgs {
  baseline: string;
  policies: string[];
  at?: number[];
  force?: boolean;
}

/** An argument: a results folder to read, or a scenario to run. */
type Source = { ref: string; folder: Group } | { ref: string; scenario: Scenario };

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

async function compare(argv: CompareArgs): Promise<void> {
  const started = performance.now();
  const refs = [argv.baseline, ...argv.policies];
  const sources: Source[] = refs.map((ref) => (isFolder(ref) ? { ref, folder: readGroup(ref) } : { ref, scenario: scenarioFromArgs(ref, argv) }));
  requireComparable(sources.map(shapeOf), argv.force ?? false);
  const seeds = seedsFor(sources, argv);
  const out = argv.out ?? `results/${resultsFolderName(`compare-${sources.map(nameOf).join('-vs-')}`)}`;
  const design = {
    kind: 'comparison' as const, seeds,
    sources: sources.map((s) => ('folder' in s ? { folder: s.ref } : { scenario: s.scenario.name, scenarioHash: scenarioHash({ ...s.scenario, seed: 0 }) })),
  };
  const hash = prepareFolder(out, design, argv.fresh ?? false);
  const workers = workersArg(argv);
  const groups: Group[] = [];
  for (const [i, s] of sources.entries()) {
    if ('folder' in s) {
      groups.push(s.folder);
      continue;
    }
    const dir = join(out, `${i === 0 ? 'baseline' : `policy-${i}`}-${resultsFolderName(s.scenario.name)}`);
    const label = `${s.scenario.name} (${i === 0 ? 'baseline' : 'policy'})`;
    await runReplications(s.scenario, seeds, { out: dir, workers, progress: (n) => progressBar(n, label, argv.quiet ?? false) });
    groups.push(readGroup(dir));
  }
  const [baseline, ...policies] = argv.force ? commonStepsOnly(groups) : groups;
  const comparison = compareGroups(baseline, policies, argv.at);
  writeFileAtomically(join(out, 'comparison.csv'), toCsv(COMPARISON_COLUMNS, comparison.rows as never));
  writeFileAtomically(join(out, 'comparison.json'), json({
    baseline: baseline.name, scenarios: policies.map((p) => p.name), seeds: comparison.seeds, steps: comparison.steps,
    rows: comparison.rows, runs: comparison.figures,
  }));
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('comparison', (performance.now() - started) / 1000, {
    baseline: baseline.name, scenarios: policies.map((p) => p.name), sources: refs, seeds: comparison.seeds,
    seedRule: 'common random numbers: every scenario runs with the same seeds, replication i uses seed = base + i - 1',
    designHash: hash,
  })));
  releaseFolder(out);
  if (argv.report !== false) await buildReport(out);
  const shown = argv.at ?? [comparison.steps[comparison.steps.length - 1]];
  console.log(comparisonText(baseline.name, comparison, shown));
  console.log(`Results: ${out}/ (comparison.csv, comparison.json${argv.report !== false ? ', report.html' : ''})`);
}

const command: CommandModule<object, CompareArgs> = {
  command: 'compare <baseline> <policies..>',
  describe: 'Compare policies with a baseline: paired differences with 95% intervals (same seeds for all)',
  builder: (yargs: Argv<object>) =>
    experimentOptions(scenarioOptions(yargs), 'replications per scenario (default 10; seeds seed, seed+1, ...)')
      .positional('baseline', { type: 'string', describe: 'a scenario (file or bundled name) or a results folder' })
      .positional('policies', { type: 'string', array: true, describe: 'scenarios or results folders to compare with it' })
      .option('at', { type: 'number', array: true, describe: 'steps to report (default: every step in the CSV, the last one printed)' })
      .option('out', { type: 'string', describe: 'results folder (default results/compare-<names>)' })
      .option('force', { type: 'boolean', describe: 'compare even scenarios with other regions or step counts (over the steps they share)' })
      .option('quiet', { type: 'boolean', alias: 'q', describe: 'no progress bar' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 compare china-2020 common-prosperity --reps 20', 'a policy against the baseline, 20 paired replications')
      .example('$0 compare results/a/reps-10-seed-1 results/b/reps-10-seed-1', 'compare folders written before, paired by seed') as Argv<CompareArgs>,
  handler: withErrors(compare),
};

export default command;
