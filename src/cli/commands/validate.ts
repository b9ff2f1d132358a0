// `factorflow validate FILE...`: every problem of every scenario file, one line each.
import type { Argv, CommandModule } from 'yargs';
import { sizeProblems, sizeText } from '../../io/memory-guard.ts';
import { loadScenarioFile, nodeScenarioSource, validateScenarioFile } from '../../io/scenario-files.ts';
import { formatProblem, isBundledName } from '../../scenario/index.ts';
import { EXIT_INPUT, withErrors } from '../errors.ts';

interface ValidateArgs {
  files: string[];
  set: string[];
}

/** The path a reference resolves to, as problems name it. */
function shownPath(ref: string): string {
  return isBundledName(ref) ? nodeScenarioSource.bundledPath(ref) : nodeScenarioSource.resolvePath(undefined, ref);
}

/** The size guard's figures for a valid scenario; false when it could not run here. */
function reportSize(ref: string, set: string[]): boolean {
  const { scenario } = loadScenarioFile(ref, set);
  const too = sizeProblems(scenario, shownPath(ref));
  for (const line of too) console.error(line);
  if (too.length === 0) console.log(`${shownPath(ref)}: ok (${sizeText(scenario)})`);
  return too.length === 0;
}

function validateAll(argv: ValidateArgs): void {
  let failed = false;
  for (const ref of argv.files) {
    const problems = validateScenarioFile(ref, argv.set);
    for (const p of problems) console.error(formatProblem(p));
    failed ||= problems.length > 0;
    if (problems.length === 0) failed = !reportSize(ref, argv.set) || failed;
  }
  if (failed) process.exitCode = EXIT_INPUT;
}

const command: CommandModule<object, ValidateArgs> = {
  command: 'validate <files..>',
  describe: 'Check scenario files (paths or bundled names) and report every problem',
  builder: (y: Argv<object>) =>
    y
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario files or bundled names' })
      .option('set', { type: 'string', array: true, default: [], describe: 'KEY=VALUE change to check as well, e.g. params.alpha=0.3' })
      .example('$0 validate my.json china-2020', 'check a file and a bundled scenario') as unknown as Argv<ValidateArgs>,
  handler: withErrors(validateAll),
};

export default command;
