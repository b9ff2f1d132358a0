// `factorflow merge DIR`: the aggregate step of an experiment run in shards (--shard I/N,
// or a Slurm array from --slurm): every planned run must be complete (else the missing ones
// are named and the exit code is 2); then the same files as a local run, and the report.
// A calibration's merge ends its design phase only (the candidates ranked, no report): the
// same calibrate command on the folder then runs the search (docs/cluster.md).
import type { Argv, CommandModule } from 'yargs';
import { releaseFolder } from '../../experiment/folders/folder.ts';
import { mergeFolder } from '../../experiment/distribute/merge.ts';
import { buildReport } from '../../report/index.ts';
import { withErrors } from '../errors.ts';

export interface MergeArgs {
  dir: string;
  report?: boolean;
}

async function merge(argv: MergeArgs): Promise<void> {
  const result = mergeFolder(argv.dir, argv.report !== false);
  try {
    if (argv.report !== false && result.complete) await buildReport(argv.dir);
  } finally {
    releaseFolder(argv.dir);
  }
  console.log(`merged ${result.runs} runs (${result.kind}) into ${argv.dir}`);
  console.log(result.text);
}

const command: CommandModule<object, MergeArgs> = {
  command: 'merge <dir>',
  describe: 'Check that every planned run of an experiment folder is complete, then write its aggregate files and report (a calibration: rank its design\'s candidates before the search)',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('dir', { type: 'string', demandOption: true, describe: 'an experiment folder planned with --plan or --slurm' })
      .option('report', { type: 'boolean', default: true, describe: 'write report.html (--no-report to skip)' })
      .example('$0 merge results/sweep-china-2020', 'after every shard finished')
      .example('$0 merge results/calibrate-china-2000', 'a calibration\'s design: rank the candidates; then the same calibrate command on the folder runs the search') as Argv<MergeArgs>,
  handler: withErrors(merge),
};

export default command;
