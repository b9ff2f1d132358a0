// The output folder of an experiment, resumable. At the start its design (what will be
// run, with which seeds) is written to design.json; a rerun of the same command finds the
// same design and skips the runs already finished, while a different design in the same
// folder is refused (or, with --fresh, the folder is emptied first). Aggregate files are
// written atomically at the end, manifest.json last. Only factorflow's own folders are
// resumed or emptied (io/results-folder.ts), and one command at a time (io/lock.ts).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { isStaleTemp, writeFileAtomically } from '../../io/atomic.ts';
import { lockFolder, lockHolder } from '../../io/lock.ts';
import { checkOut } from '../../io/results-folder.ts';
import { canonicalJson, json } from '../../io/manifest.ts';
import { InputError } from '../errors.ts';

export interface Design {
  kind: 'replications' | 'comparison' | 'sweep' | 'sensitivity' | 'calibration';
  [key: string]: unknown;
}

export const designHash = (design: Design): string =>
  createHash('sha256').update(canonicalJson(design)).digest('hex');

const RUN_LOCK = /^\.(.+)\.lock$/;

/** Temporary files and folders of killed writers, and run locks whose holder is gone (a killed run's). */
function removeLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (isStaleTemp(name)) rmSync(join(dir, name), { recursive: true, force: true });
    const locked = RUN_LOCK.exec(name)?.[1];
    if (locked !== undefined && lockHolder(join(dir, locked)) === undefined) rmSync(join(dir, name), { force: true });
  }
}

/** design.json's designHash, if `out` holds a readable one. */
export function storedHash(out: string): string | undefined {
  const file = join(out, 'design.json');
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { designHash?: string }).designHash;
  } catch {
    return undefined;
  }
}

/**
 * Makes `out` ready for `design`: creates it, or resumes it when it holds the same design.
 * `subfolders` are cleaned of interrupted temporary files too. Returns the design hash.
 */
export function prepareFolder(out: string, design: Design, fresh: boolean, subfolders: string[] = []): string {
  const hash = designHash(design);
  checkOut(out); // a user's own folder is refused whatever the flags
  mkdirSync(dirname(resolve(out)), { recursive: true });
  releases.set(resolve(out), lockFolder(out));
  try {
    checkOut(out);
    if (fresh) rmSync(out, { recursive: true, force: true });
    if (existsSync(out) && readdirSync(out).length > 0) {
      const stored = storedHash(out);
      if (stored !== hash) {
        const what = stored ? 'holds a different experiment' : 'holds the results of a single run';
        throw new InputError(`${out}: ${what}; rerun the same command to resume it, add --fresh to replace it, or choose another --out`);
      }
    }
  } catch (err) {
    releaseFolder(out);
    throw err;
  }
  mkdirSync(out, { recursive: true });
  for (const dir of [out, ...subfolders.map((s) => join(out, s))]) removeLeftovers(dir);
  writeFileAtomically(join(out, 'design.json'), json({ ...design, designHash: hash }));
  return hash;
}

const releases = new Map<string, () => void>();

/**
 * Locks experiment folder `out` for a command that writes its aggregates without
 * preparing it (merge): it must be factorflow's, and no other command may be writing it.
 */
export function lockExperiment(out: string): void {
  checkOut(out);
  releases.set(resolve(out), lockFolder(out));
}

/** Releases the lock `prepareFolder` took on `out` (it is released on exit anyway). */
export function releaseFolder(out: string): void {
  releases.get(resolve(out))?.();
  releases.delete(resolve(out));
}
