// The output folder of an experiment, resumable. At the start its design (what will be
// run, with which seeds) is written to design.json; a rerun of the same command finds the
// same design and skips the runs already finished, while a different design in the same
// folder is refused (or, with --fresh, the folder is emptied first). Aggregate files are
// written atomically at the end, manifest.json last.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomically } from '../io/atomic.ts';
import { canonicalJson, json } from '../io/manifest.ts';
import { InputError } from './errors.ts';

export interface Design {
  kind: 'replications' | 'comparison' | 'sweep' | 'sensitivity' | 'calibration';
  [key: string]: unknown;
}

export const designHash = (design: Design): string =>
  createHash('sha256').update(canonicalJson(design)).digest('hex');

/** Temporary names left by writes that a kill interrupted (io/atomic.ts). */
const LEFTOVER = /^\..+\.tmp-\d+-\d+$/;

function removeLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (LEFTOVER.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

function storedHash(out: string): string | undefined {
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
  if (fresh) rmSync(out, { recursive: true, force: true });
  if (existsSync(out) && readdirSync(out).length > 0) {
    const stored = storedHash(out);
    if (stored !== hash) {
      const what = stored ? 'holds a different experiment' : 'is not an experiment folder of factorflow';
      throw new InputError(`${out}: ${what}; rerun the same command to resume it, add --fresh to replace it, or choose another --out`);
    }
  }
  mkdirSync(out, { recursive: true });
  for (const dir of [out, ...subfolders.map((s) => join(out, s))]) removeLeftovers(dir);
  writeFileAtomically(join(out, 'design.json'), json({ ...design, designHash: hash }));
  return hash;
}
