// `factorflow merge DIR`: the last step of an experiment run in shards. It checks that
// every run of the plan is present and complete, names the missing ones (exit code 2),
// and otherwise writes the aggregate files exactly as a local run of the same design does:
// the same code (kinds.ts) reads the same run folders in plan order.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { designHash, lockExperiment, releaseFolder, type Design } from '../folders/folder.ts';
import { InputError } from '../errors.ts';
import { experimentKind, KIND_NAMES } from '../kinds.ts';
import { isComplete, readPlan, type PlannedRun } from './plan.ts';
import { shardOf } from './shard.ts';
import { readSlurmInfo } from './slurm.ts';

/** design.json, its hash checked, without the designHash field. */
export function readDesign(out: string): Design {
  const file = join(out, 'design.json');
  if (!existsSync(file)) throw new InputError(`${out}: not an experiment folder of factorflow (no design.json)`);
  let stored: Record<string, unknown>;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const { designHash: hash, ...design } = stored;
  if (!experimentKind(design.kind)) throw new InputError(`${file}: field "kind" is ${JSON.stringify(design.kind)}, expected one of ${KIND_NAMES.join(', ')}`);
  if (hash !== designHash(design as Design)) throw new InputError(`${file}: field "designHash" does not match the design (was the file edited?)`);
  return design as Design;
}

/** The message for runs not complete: which, and which shards to rerun. */
function missingMessage(out: string, missing: PlannedRun[], total: number, shards?: number): string {
  const shown = missing.slice(0, 20).map((r) => `run ${r.index} (${r.dir})`).join(', ');
  const more = missing.length > 20 ? `, and ${missing.length - 20} more` : '';
  if (!shards) return `${out}: ${missing.length} of ${total} runs missing or incomplete: ${shown}${more}; run their shards again (the experiment command with --shard I/N), then merge again`;
  const list = [...new Set(missing.map((r) => shardOf(r, shards)))];
  const rerun = `rerun shard${list.length > 1 ? 's' : ''} ${list.map((s) => `${s}/${shards}`).join(', ')}`
    + ` (sbatch --array=${list.join(',')} ${join(out, 'slurm', 'shards.sbatch')}, or the experiment command with --shard I/${shards}), then merge again`;
  return `${out}: ${missing.length} of ${total} runs missing or incomplete: ${shown}${more}; ${rerun}`;
}

export interface MergeResult {
  kind: string;
  runs: number;
  /** The kind's summary, as a local run prints it. */
  text: string;
  /** Whether the folder is complete and gets its report (a calibration's merge ends only its design phase). */
  complete: boolean;
}

/**
 * Checks every planned run and aggregates, under the folder's lock, which is kept for the
 * caller's report (its `releaseFolder(out)`; exit releases it too).
 * @throws InputError naming the missing runs
 */
export function mergeFolder(out: string, withReport: boolean): MergeResult {
  const started = performance.now();
  const design = readDesign(out);
  lockExperiment(out); // one merge (or other whole-folder command) at a time
  try {
    const plan = readPlan(out);
    const shards = readSlurmInfo(out)?.shards;
    const missing = plan.filter((r) => !isComplete(out, r));
    if (missing.length > 0) throw new InputError(missingMessage(out, missing, plan.length, shards));
    const kind = experimentKind(design.kind)!;
    const complete = kind.after !== 'resume';
    const text = kind.aggregate(out, design, { started, shards, withReport: withReport && complete });
    return { kind: design.kind, runs: plan.length, text, complete };
  } catch (err) {
    releaseFolder(out);
    throw err;
  }
}
