// How the CLI reports failure: bad input becomes one line per problem and exit code 2;
// anything unexpected one line and exit code 1. Never a stack trace unless asked for
// (FACTORFLOW_DEBUG=1). Every command handler is wrapped with `withErrors`.
import { ScenarioError } from '../scenario/index.ts';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

/** Bad input from the user (a file, a flag): its message is the one line they see. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Error names that other modules use for bad input without importing this file. */
const INPUT_ERROR_NAMES = ['UserError', 'InputError', 'UsageError', 'ScenarioError', 'OutputError'];

/** File-system codes that mean the user named a wrong path. */
const PATH_CODES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'not a folder',
  EEXIST: 'already exists',
};

function isInputError(err: unknown): err is Error {
  return err instanceof ScenarioError || err instanceof UserError || (err instanceof Error && INPUT_ERROR_NAMES.includes(err.name));
}

/** Longest line printed, and most lines: a message about a huge input must not be huge. */
export const MAX_LINE = 300;
export const MAX_LINES = 40;

/** Lines cut to MAX_LINE characters, at most MAX_LINES of them. */
export function cutLines(lines: string[]): string[] {
  const cut = lines.slice(0, MAX_LINES).map((l) => (l.length > MAX_LINE ? `${l.slice(0, MAX_LINE - 1)}…` : l));
  if (lines.length > MAX_LINES) cut.push(`… and ${lines.length - MAX_LINES} more`);
  return cut;
}

/** The lines to print and the exit code for an error. */
export function describeError(err: unknown): { lines: string[]; exitCode: number } {
  const { lines, exitCode } = describeUncut(err);
  return { lines: cutLines(lines), exitCode };
}

function describeUncut(err: unknown): { lines: string[]; exitCode: number } {
  if (isInputError(err)) return { lines: err.message.split('\n'), exitCode: EXIT_INPUT };
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && e.code in PATH_CODES) {
    const where = e.path ?? '';
    return { lines: [`${where ? `${where}: ` : ''}${PATH_CODES[e.code]}`], exitCode: EXIT_INPUT };
  }
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return {
    lines: [`factorflow: internal error: ${message} (FACTORFLOW_DEBUG=1 shows the stack trace)`],
    exitCode: EXIT_INTERNAL,
  };
}

/** Prints an error to stderr as described above; returns the exit code. */
export function reportError(err: unknown): number {
  const { lines, exitCode } = describeError(err);
  for (const line of lines) console.error(line);
  if (process.env.FACTORFLOW_DEBUG && err instanceof Error && err.stack) console.error(err.stack);
  return exitCode;
}

/** Wraps a command handler so that its errors are reported and set the exit code. */
export function withErrors<A>(handler: (argv: A) => Promise<void> | void): (argv: A) => Promise<void> {
  return async (argv: A) => {
    try {
      await handler(argv);
    } catch (err) {
      process.exitCode = reportError(err);
    }
  };
}
