// Results appear whole or not at all: a folder is written under a temporary name beside
// its destination and renamed into place; a file is written beside itself and renamed.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;
const tempName = (path: string) => join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${counter++}`);

/** Writes `files` (name → content) into a fresh folder `dir`, replacing any old one. */
export function writeFolderAtomically(dir: string, files: Record<string, string>): void {
  mkdirSync(dirname(dir), { recursive: true });
  const temp = tempName(dir);
  try {
    mkdirSync(temp);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(temp, name)), { recursive: true });
      writeFileSync(join(temp, name), content);
    }
    replace(temp, dir);
  } catch (err) {
    rmSync(temp, { recursive: true, force: true });
    throw err;
  }
}

/** Moves a finished temporary folder into place (any old `dir` is removed after). */
export function replace(temp: string, dir: string): void {
  if (existsSync(dir)) {
    const old = tempName(dir);
    renameSync(dir, old);
    renameSync(temp, dir);
    rmSync(old, { recursive: true, force: true });
  } else {
    renameSync(temp, dir);
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
    throw err;
  }
}

/** A temporary folder beside `dir` to fill before `replace` moves it into place. */
export function tempFolderFor(dir: string): string {
  mkdirSync(dirname(dir), { recursive: true });
  const temp = tempName(dir);
  mkdirSync(temp);
  return temp;
}
