// One writer per results folder. A lock file beside the folder (`.NAME.lock`, created with
// O_EXCL, holding the writer's pid) is taken before anything is written; a second command
// aiming at the same folder is refused. A lock left by a process that no longer exists
// (killed with SIGKILL, a power cut) is stale and taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { onExit } from './exit-cleanup.ts';
import { OutputError } from './output-error.ts';

export const lockPath = (dir: string): string => {
  const full = resolve(dir);
  return join(dirname(full), `.${basename(full)}.lock`);
};

export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function holder(file: string): number {
  try {
    return Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    return NaN;
  }
}

/** Locks results folder `dir` for this process; returns the release function. */
export function lockFolder(dir: string): () => void {
  const file = lockPath(dir);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file)) {
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        unregister();
        if (holder(file) === process.pid) unlinkSync(file);
      };
      const unregister = onExit(release);
      return release;
    }
    const pid = holder(file);
    if (pid === process.pid) return () => {}; // this process holds it already (a nested step)
    if (processAlive(pid)) {
      throw new OutputError(`${dir}: another factorflow command (process ${pid}) is writing this folder; wait for it to finish or choose another --out`);
    }
    unlinkSync(file); // stale: its writer is gone
  }
  throw new OutputError(`${dir}: could not lock the folder (${file} keeps reappearing)`);
}

/** The live process other than this one that holds `dir`'s lock, if any. */
export function lockHolder(dir: string): number | undefined {
  const pid = holder(lockPath(dir));
  return pid !== process.pid && processAlive(pid) ? pid : undefined;
}
