// Results appear whole or not at all: a folder is written under a temporary name beside
// its destination and renamed into place; a file is written beside itself and renamed.
// Only factorflow's own folders are ever replaced (results-folder.ts), one writer at a
// time (lock.ts), and messages name the user's path, never the temporary one.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { removeOnExit } from './exit-cleanup.ts';
import { lockFolder, processAlive } from './lock.ts';
import { OutputError } from './output-error.ts';
import { checkOut } from './results-folder.ts';

let counter = 0;
const tempName = (path: string) => {
  const full = resolve(path);
  return join(dirname(full), `.${basename(full)}.tmp-${process.pid}-${counter++}`);
};

/** The same error with every mention of `temp` replaced by `shown` (the user's path). */
export function namingUserPath(err: unknown, temp: string, shown: string): unknown {
  if (!(err instanceof Error)) return err;
  const fix = (s: string) => s.split(resolve(temp)).join(shown).split(temp).join(shown);
  err.message = fix(err.message);
  const e = err as NodeJS.ErrnoException & { dest?: string };
  if (typeof e.path === 'string') e.path = fix(e.path);
  if (typeof e.dest === 'string') e.dest = fix(e.dest);
  return err;
}

/**
 * A results folder being written: checked (results-folder.ts) and locked, filled under a
 * temporary name, then moved into place whole by `commit`, or removed by `abort` (and on
 * any exit before either).
 */
export class FolderTransaction {
  readonly temp: string;
  private readonly unlock: () => void;
  private readonly forget: () => void;
  private done = false;

  constructor(readonly dir: string) {
    checkOut(dir);
    mkdirSync(dirname(resolve(dir)), { recursive: true });
    this.unlock = lockFolder(dir);
    try {
      checkOut(dir); // again, now that no one else can be writing it
      removeStaleTemps(dir);
      this.temp = tempName(dir);
      mkdirSync(this.temp);
    } catch (err) {
      this.unlock();
      throw err;
    }
    this.forget = removeOnExit(this.temp);
  }

  /** Path of a file inside the temporary folder. */
  file(name: string): string {
    const path = join(this.temp, name);
    mkdirSync(dirname(path), { recursive: true });
    return path;
  }

  commit(): void {
    if (this.done) return;
    try {
      replace(this.temp, this.dir);
    } catch (err) {
      this.abort();
      throw namingUserPath(err, this.temp, this.dir);
    }
    this.done = true;
    this.forget();
    this.unlock();
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.temp, { recursive: true, force: true });
    this.forget();
    this.unlock();
  }

  /** Runs `fill` in the transaction: commit after it, abort (and name the user's path) on error. */
  static async run<T>(dir: string, fill: (t: FolderTransaction) => Promise<T> | T): Promise<T> {
    const t = new FolderTransaction(dir);
    let value: T;
    try {
      value = await fill(t);
    } catch (err) {
      t.abort();
      throw namingUserPath(err, t.temp, t.dir);
    }
    t.commit();
    return value;
  }

  /** The synchronous form of `run`. */
  static runSync<T>(dir: string, fill: (t: FolderTransaction) => T): T {
    const t = new FolderTransaction(dir);
    let value: T;
    try {
      value = fill(t);
    } catch (err) {
      t.abort();
      throw namingUserPath(err, t.temp, t.dir);
    }
    t.commit();
    return value;
  }
}

/** Names of temporary files and folders: `.<name>.tmp-<pid>-<n>` (tempName). */
const TEMP_NAME = /^\.(.+)\.tmp-(\d+)-\d+$/;

/** Whether `name` is a temporary name (of `base`, when given) whose writing process is gone. */
export function isStaleTemp(name: string, base?: string): boolean {
  const m = TEMP_NAME.exec(name);
  return m !== null && (base === undefined || m[1] === base) && !processAlive(Number(m[2]));
}

/**
 * Temporary folders of `dir` left by a writer that was killed (SIGKILL, power cut): ours by
 * name, and their process is gone.
 */
export function removeStaleTemps(dir: string): void {
  const full = resolve(dir);
  let names: string[];
  try {
    names = readdirSync(dirname(full));
  } catch {
    return;
  }
  for (const name of names) {
    if (isStaleTemp(name, basename(full))) rmSync(join(dirname(full), name), { recursive: true, force: true });
  }
}

/** Writes `files` (name → content) into a fresh folder `dir`, replacing an old results folder. */
export function writeFolderAtomically(dir: string, files: Record<string, string>): void {
  FolderTransaction.runSync(dir, (t) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(t.file(name), content);
  });
}

/**
 * Moves a finished temporary folder into place. An old `dir` is moved aside first and
 * removed after; if it cannot be removed, the swap is undone, so the user keeps the old
 * folder as it was and gets an error rather than a half-replaced one.
 */
export function replace(temp: string, dir: string): void {
  if (!existsSync(dir)) {
    renameSync(temp, dir);
    return;
  }
  const old = tempName(dir);
  renameSync(dir, old);
  try {
    renameSync(temp, dir);
  } catch (err) {
    renameSync(old, dir);
    throw err;
  }
  try {
    rmSync(old, { recursive: true });
  } catch (err) {
    renameSync(dir, temp);
    renameSync(old, dir);
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new OutputError(`${dir}: could not remove the previous results (${code}); they are left as they were`);
  }
}

export function writeFileAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempName(path);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw namingUserPath(err, temp, path);
  }
}

/** A temporary folder beside `dir` to fill before `replace` moves it into place. */
export function tempFolderFor(dir: string): string {
  mkdirSync(dirname(dir), { recursive: true });
  const temp = tempName(dir);
  mkdirSync(temp);
  return temp;
}
