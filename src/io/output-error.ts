// A results folder that cannot be written as asked (a user's own folder, one being written
// by another command, no permission). Its name is one the CLI reports as user input:
// one line, exit code 2.
export class OutputError extends Error {
  override name = 'OutputError';
}
