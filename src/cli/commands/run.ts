// `factorflow run [SCENARIO]`: simulate a scenario, write its results folder atomically,
// print a short summary of how the main indices moved.
import type { Argv, CommandModule } from 'yargs';
import type { RunSummary } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { streamRun } from '../../io/run-stream.ts';
import { resultsFolderName } from '../../io/folder-name.ts';
import { moneyUnit } from '../../metrics/index.ts';
import { buildReport } from '../../report/index.ts';
import { withErrors } from '../errors.ts';
import { progressBar } from '../progress.ts';
import { scenarioFromArgs, scenarioOptions, type ScenarioArgs } from '../scenario-args.ts';
import { runSummaryText } from '../summary-text.ts';
import { countArg, experimentOptions, workersArg, type ExperimentArgs } from '../experiment-args.ts';
import { replicationsExperiment, runReplications, replicationsText } from '../../experiment/replications/index.ts';
import { clusterOptions, clusterStep, splitArg, type ClusterArgs } from '../cluster-args.ts';
import { carryOut } from '../../experiment/distribute/distribute.ts';
import { InputError } from '../../experiment/errors.ts';
import { replicationSeeds } from '../../experiment/runs/seeds.ts';

export interface RunArgs extends ScenarioArgs, ExperimentArgs, ClusterArgs {
  scenario: string;
}

/** `--reps N`: N replications with seeds base, base + 1, ... and their aggregate. */
async function replicate(argv: RunArgs, scenario: Scenario): Promise<void> {
  const reps = countArg('reps', argv.reps, 1);
  const out = argv.out ?? `results/${resultsFolderName(scenario.name)}/reps-${reps}-seed-${scenario.seed}`;
  const seeds = replicationSeeds(scenario.seed, reps);
  const split = splitArg(argv);
  if (split) {
    const carried = await carryOut(replicationsExperiment(scenario, seeds, out), {
      out, workers: workersArg(argv), fresh: argv.fresh, split,
      progress: (total) => progressBar(total, `${scenario.name} replications`, argv.quiet ?? false),
    });
    return console.log(clusterStep(argv, out, carried, `reps-${scenario.name}`));
  }
  const result = await runReplications(scenario, seeds, {
    out, workers: workersArg(argv), fresh: argv.fresh,
    progress: (total) => progressBar(total, `${scenario.name} replications`, argv.quiet ?? false),
  });
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (argv.report !== false) await buildReport(out);
  console.log(replicationsText(result, argv.report !== false, { money: moneyUnit(scenario.regions), regions: scenario.regions.length }));
}

async function run(argv: RunArgs): Promise<void> {
  const scenario = scenarioFromArgs(argv.scenario, argv);
  if (argv.reps !== undefined) return replicate(argv, scenario);
  if (splitArg(argv)) throw new InputError('--plan, --shard and --slurm split replications: add --reps N');
  const out = argv.out ?? `results/${resultsFolderName(scenario.name)}/seed-${scenario.seed}`;
  const bar = progressBar(scenario.steps, scenario.name, argv.quiet ?? false);
  let summary: RunSummary;
  try {
    // The report is built inside the temporary folder: data and report appear together.
    summary = await streamRun(out, scenario, {
      onStep: (model) => bar.tick(model.step),
      finish: argv.report !== false ? async (t) => void await buildReport(t.temp, { out: t.file('report.html') }) : undefined,
    });
  } finally {
    bar.stop();
  }
  for (const warning of summary.warnings) console.error(`warning: ${warning}`);
  console.log(runSummaryText({ summary }, out, argv.report !== false, moneyUnit(scenario.regions)));
}

const command: CommandModule<object, RunArgs> = {
  command: 'run [scenario]',
  describe: 'Run a scenario and write its results (national.csv, regions.csv, summary.json, report.html)',
  builder: (yargs: Argv<object>) =>
    clusterOptions(experimentOptions(scenarioOptions(yargs), 'replications: N runs with seeds seed, seed+1, ... and their aggregate'))
      .positional('scenario', {
        type: 'string', default: 'china-2020', describe: 'a scenario file or a bundled name (factorflow list)',
      })
      .option('out', { type: 'string', describe: 'results folder (default results/<name>/seed-<seed>, or reps-<N>-seed-<seed> with --reps)' })
      .option('quiet', { type: 'boolean', alias: 'q', describe: 'no progress bar' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 run', 'run the default scenario, china-2020')
      .example('$0 run transfers --seed 7 --steps 30', 'a bundled policy variant with another seed')
      .example('$0 run china-2020 --reps 20', '20 replications and their means with 95% intervals')
      .example('$0 run my.json --set policy.hukouPenalty=0.5', 'a file of your own with one lever changed') as Argv<RunArgs>,
  handler: withErrors(run),
};

export default command;
