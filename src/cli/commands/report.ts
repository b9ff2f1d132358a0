// `factorflow report <dir>`: write the self-contained report.html of a results folder.
// Bad input (no such folder, not a results folder, a missing file or column) is an
// InputError: withErrors prints its one line and sets exit code 2.
import type { Argv, CommandModule } from 'yargs';
import { buildReport, InputError } from '../../report/index.ts';
import { withErrors } from '../errors.ts';

export { InputError };

export interface ReportArgs {
  dir: string;
  out?: string;
}

/** Builds the report and prints where it went. */
export async function runReport(argv: ReportArgs): Promise<void> {
  const file = await buildReport(argv.dir, { out: argv.out });
  console.log(file);
}

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <dir>',
  describe: 'Write a self-contained report.html (charts and tables) of a results folder',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('dir', {
        type: 'string',
        demandOption: true,
        describe: 'a run, replications, comparison or sweep folder under results/',
      })
      .option('out', { type: 'string', describe: 'write the page here instead of <dir>/report.html' }) as Argv<ReportArgs>,
  handler: withErrors(runReport),
};

export default reportCommand;
