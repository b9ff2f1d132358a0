// `factorflow backtest SCENARIO --targets FILE`: replications of a scenario set against
// observed moments (src/experiment/backtest/backtest.ts).
import type { Argv, CommandModule } from 'yargs';
import { countArg, experimentOptions, workersArg, type ExperimentArgs } from '../experiment-args.ts';
import { InputError } from '../../experiment/errors.ts';
import { backtestText, runBacktest } from '../../experiment/backtest/index.ts';
import { momentsOf, readTargets } from '../../experiment/calibration/index.ts';
import { replicationSeeds } from '../../experiment/runs/seeds.ts';
import { buildReport } from '../../report/index.ts';
import { withErrors } from '../errors.ts';
import { progressBar } from '../progress.ts';
import { scenarioFromArgs, scenarioOptions, type ScenarioArgs } from '../scenario-args.ts';

export interface BacktestArgs extends ScenarioArgs, ExperimentArgs {
  scenario: string;
  targets?: string;
}

async function backtest(argv: BacktestArgs): Promise<void> {
  if (!argv.targets) throw new InputError('--targets: give the targets file (JSON, see docs/calibration.md)');
  const scenario = scenarioFromArgs(argv.scenario, argv);
  const targets = readTargets(argv.targets);
  const moments = momentsOf(argv.targets, targets, scenario);
  const reps = countArg('reps', argv.reps, 5);
  const out = argv.out ?? `results/backtest-${scenario.name}/reps-${reps}-seed-${scenario.seed}`;
  const result = await runBacktest(scenario, replicationSeeds(scenario.seed, reps), { file: argv.targets, name: targets.name, moments }, {
    out, workers: workersArg(argv), fresh: argv.fresh,
    progress: (total) => progressBar(total, `backtest ${scenario.name}`, argv.quiet ?? false),
  });
  if (argv.report !== false) await buildReport(out);
  console.log(backtestText(result, argv.report !== false));
}

const command: CommandModule<object, BacktestArgs> = {
  command: 'backtest [scenario]',
  describe: 'Run a scenario\'s replications against observed targets: each target simulated (mean, 95% CI) vs observed, regional R² and RMSE',
  builder: (yargs: Argv<object>) =>
    experimentOptions(scenarioOptions(yargs), 'replications (default 5; seeds seed, seed+1, ...)')
      .positional('scenario', { type: 'string', default: 'china-2000', describe: 'a scenario file or a bundled name' })
      .option('targets', { type: 'string', describe: 'the targets file (JSON; scenarios/targets/schema.json)' })
      .option('out', { type: 'string', describe: 'results folder (default results/backtest-<name>/reps-<N>-seed-<seed>)' })
      .option('quiet', { type: 'boolean', alias: 'q', describe: 'no progress bar' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 backtest china-2000 --targets scenarios/targets/china-2000-to-2020.json', 'china-2000 after 20 years against China in 2020, 5 replications')
      .example('$0 backtest results/calibrate-china-2000/fitted.json --targets scenarios/targets/china-2000-to-2020.json --reps 10', 'a fitted scenario, 10 replications') as Argv<BacktestArgs>,
  handler: withErrors(backtest),
};

export default command;
