// The factorflow command line: a yargs app with one module per command.
import { readFileSync } from 'node:fs';
import yargs, { type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { installSignalHandlers } from '../io/exit-cleanup.ts';
import { EXIT_INPUT, UserError, cutLines, reportError } from './errors.ts';

// Ctrl+C or a kill removes temporary folders and locks and stops worker processes.
installSignalHandlers();

// One line per command; each file default-exports a yargs CommandModule. A command that
// fails to load is reported in one line and the others still work.
const COMMANDS: Record<string, () => Promise<{ default: unknown }>> = {
  validate: () => import('./commands/validate.ts'),
  list: () => import('./commands/list.ts'),
  run: () => import('./commands/run.ts'),
  report: () => import('./commands/report.ts'),
  compare: () => import('./commands/compare.ts'),
  sweep: () => import('./commands/sweep.ts'),
  sensitivity: () => import('./commands/sensitivity.ts'),
  merge: () => import('./commands/merge.ts'),
  calibrate: () => import('./commands/calibrate.ts'),
  backtest: () => import('./commands/backtest.ts'),
  serve: () => import('./commands/serve.ts'),
};

/**
 * Only the command named on the command line is loaded (all of them for --help, no command
 * or a mistyped one, so that yargs can list them and suggest one): loading every command's
 * modules took half of the start-up time of `factorflow validate`.
 */
function wantedCommands(argv: readonly string[]): string[] {
  const named = argv.find((a) => !a.startsWith('-'));
  return named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
}

const commands = await Promise.allSettled(wantedCommands(hideBin(process.argv)).map((name) => COMMANDS[name]()));

// `factorflow list | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Usage mistakes get one line and a pointer to --help; handler errors are reported. */
/** A mistake on the command line; thrown from yargs' fail hook so no handler runs after it. */
class CommandLineError extends Error {}

function onFail(message: string | undefined, err: Error | undefined): never {
  // A flag's own check (a yargs `coerce`) failed: yargs re-wraps its UserError as a YError.
  if (err?.name === 'YError') throw new UserError(err.message);
  throw err ?? new CommandLineError(message ?? 'invalid command line');
}

const app = yargs(hideBin(process.argv))
  .scriptName('factorflow')
  .usage('$0 <command> [options]')
  .version(pkg.version)
  .strict()
  .demandCommand(1, 'name a command')
  .recommendCommands()
  .help()
  .alias('h', 'help')
  .fail(onFail);
for (const loaded of commands) {
  if (loaded.status === 'rejected') {
    process.exitCode = reportError(loaded.reason);
    continue;
  }
  // Each module types its own arguments; yargs checks them at run time.
  app.command(loaded.value.default as CommandModule<object, any>);
}
try {
  await app.parseAsync();
} catch (err) {
  if (err instanceof CommandLineError) {
    console.error(cutLines([`factorflow: ${err.message} (see factorflow --help)`])[0]);
    process.exitCode = EXIT_INPUT;
  } else {
    process.exitCode = reportError(err);
  }
}
