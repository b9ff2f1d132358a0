// A file written a piece at a time under a temporary name and renamed into place when
// closed, so a large table never sits in memory and never appears half-written.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class StreamFile {
  private readonly temp: string;
  private readonly fd: number;

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-0`);
    this.fd = openSync(this.temp, 'w');
  }

  write(text: string): void {
    writeSync(this.fd, text);
  }

  /** Closes the file and moves it into place. */
  close(): void {
    closeSync(this.fd);
    renameSync(this.temp, this.path);
  }

  /** Closes and removes the temporary file (after a failure). */
  discard(): void {
    closeSync(this.fd);
    rmSync(this.temp, { force: true });
  }
}

/** Writes the files `fill` streams into, all or none. */
export function withStreams(paths: string[], fill: (files: StreamFile[]) => void): void {
  const files = paths.map((p) => new StreamFile(p));
  try {
    fill(files);
  } catch (err) {
    for (const f of files) f.discard();
    throw err;
  }
  for (const f of files) f.close();
}
