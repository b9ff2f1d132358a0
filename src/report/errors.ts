// The one error type the report code throws for bad input. The CLI turns it into a
// one-line message and exit code 2 (no stack trace): the user can fix the input.

/** A problem with the user's input: a missing folder, file or field, or a bad value. */
export class InputError extends Error {
  /** Exit code the CLI should use for this error. */
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
