// `factorflow report <dir>`: write the self-contained report.html of a results folder.
import type { Argv, CommandModule } from 'yargs';
import { buildReport, InputError } from '../../report/index.ts';

export { InputError };

interface ReportArgs {
  dir: string;
  out?: string;
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
  handler: async (argv) => {
    const file = await buildReport(argv.dir, { out: argv.out });
    console.log(file);
  },
};

export default reportCommand;
