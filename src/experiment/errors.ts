// Bad experiment input (a folder, a --vary, a sweep file). Its name is one the CLI's
// error reporter treats as user input: one line, exit code 2, no stack trace.
export class InputError extends Error {
  override name = 'InputError';
}
