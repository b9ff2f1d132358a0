// What factorflow may write over. A results folder carries a marker: its manifest.json
// (written last, naming a kind and the factorflow version), or, while an experiment is
// under way, its design.json. An existing path without a marker belongs to the user and is
// never replaced, emptied or moved, whatever the flags; an empty folder holds nothing to
// lose and is accepted.
import { accessSync, constants, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RESULTS_KINDS } from './manifest.ts';
import { OutputError } from './output-error.ts';

const KINDS: readonly string[] = RESULTS_KINDS;

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Does `dir` carry factorflow's marker (a manifest.json or an experiment's design.json)? */
export function isResultsFolder(dir: string): boolean {
  const manifest = readJson(`${dir}/manifest.json`);
  if (manifest && typeof manifest.factorflow === 'string' && KINDS.includes(String(manifest.kind))) return true;
  const design = readJson(`${dir}/design.json`);
  return !!design && typeof design.designHash === 'string' && KINDS.includes(String(design.kind));
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (err) {
    throw new OutputError(`${dir}: cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Can this process create and remove entries in `dir`? (Root always can.) */
function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks that `dir` may receive results: missing (its parent writable), an empty folder,
 * or a factorflow results folder that this process may replace. Throws OutputError otherwise.
 */
export function checkOut(dir: string): void {
  if (dir.trim() === '') throw new OutputError('--out: empty; name a folder');
  let stat;
  try {
    stat = lstatSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return checkParent(dir);
  }
  if (!stat.isDirectory()) {
    const what = stat.isSymbolicLink() ? 'a symbolic link' : 'a file';
    throw new OutputError(`${dir}: exists and is ${what}, not a factorflow results folder; factorflow does not replace it: choose another --out`);
  }
  if (entries(dir).length > 0 && !isResultsFolder(dir)) {
    throw new OutputError(`${dir}: exists and is not a factorflow results folder (no manifest.json); factorflow never replaces or empties a folder it did not write: choose another --out`);
  }
  if (!writable(dir) || !writable(dirname(resolve(dir)))) {
    throw new OutputError(`${dir}: permission denied (factorflow could not replace this folder's contents); choose another --out`);
  }
}

function checkParent(dir: string): void {
  // The nearest existing ancestor must be a folder we can write into.
  let parent = dirname(resolve(dir));
  for (;;) {
    try {
      const s = lstatSync(parent);
      if (!s.isDirectory() && !s.isSymbolicLink()) throw new OutputError(`${dir}: ${parent} is a file, not a folder; choose another --out`);
      if (!writable(parent)) throw new OutputError(`${dir}: permission denied (cannot create folders in ${parent})`);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      const up = dirname(parent);
      if (up === parent) return;
      parent = up;
    }
  }
}
