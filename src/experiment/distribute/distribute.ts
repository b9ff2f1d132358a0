// How an experiment whose design is a list of runs is carried out: all of it here (the
// default), only its plan (--plan: the folder with design.json and plan.csv, nothing run),
// or one shard of it (--shard I/N: the planned runs with index ≡ I mod N). Aggregating is
// the experiment's own step, after a local run or in `factorflow merge` (merge.ts).
//
// Shards of one experiment run at the same time into one shared folder (a Slurm array), so
// a shard writes nothing but its own run folders: never design.json, plan.csv or an
// aggregate, and it removes only its own runs' interrupted temporary folders. Each run
// folder appears whole by a rename (io/atomic.ts), so a shard killed at any moment leaves
// the others' folders untouched and a rerun of the shard skips its complete runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { designHash, prepareFolder, releaseFolder, storedHash, type Design } from '../folders/folder.ts';
import { removeStaleTemps } from '../../io/atomic.ts';
import { lockHolder } from '../../io/lock.ts';
import { checkOut } from '../../io/results-folder.ts';
import { InputError } from '../errors.ts';
import { isComplete, PLAN_FILE, readPlan, writePlan, type PlannedRun } from './plan.ts';
import { runTasks } from '../runs/pool.ts';
import type { ExperimentOptions } from '../kind.ts';
import { inShard, shardText, type Shard } from './shard.ts';
import type { RunTask } from '../runs/task.ts';

/** What to do with an experiment: plan it only, or run one shard of its plan. */
export type Split = { plan: true; shard?: undefined } | { shard: Shard; plan?: undefined };

export interface DistributedOptions extends ExperimentOptions {
  split?: Split;
}

/** An experiment as the mechanism sees it (see docs/cluster.md for adding a kind). */
export interface PlannedExperiment {
  out: string;
  /** Written to design.json; its hash ties shards and merge to the same experiment. */
  design: Design;
  /** Folders under `out` that hold runs, cleaned of interrupted temporary files (locally). */
  subfolders?: string[];
  /** Folder set-up beyond design.json and plan.csv, e.g. a comparison's per-scenario folders. */
  prepare?: () => void;
  /** Every run of the design, index 1, 2, ... in a fixed order. */
  runs: () => PlannedRun[];
  /** The run to make for a planned run (its scenario is loaded only now). */
  task: (run: PlannedRun) => RunTask;
}

export interface CarriedOut {
  mode: 'all' | 'plan' | 'shard';
  designHash: string;
  /** Runs of the design. */
  total: number;
  /** Runs of this shard (all of them unless sharded). */
  selected: number;
  /** Runs made now; the rest of `selected` was complete before. */
  ran: number;
}

/**
 * Plans, runs all, or runs one shard of `exp`; aggregation is left to the caller. Planning
 * and running all lock the whole folder (io/lock.ts): when everything is run, the lock is
 * kept for the caller's aggregate step and released by its `releaseFolder(out)`. A shard
 * locks only its own run folders, so that shards run side by side.
 */
export async function carryOut(exp: PlannedExperiment, options: DistributedOptions): Promise<CarriedOut> {
  if (options.split?.shard) return runShard(exp, options.split.shard, options);
  if (options.split?.plan && !options.fresh && storedHash(exp.out) === designHash(exp.design) && existsSync(join(exp.out, PLAN_FILE))) {
    // Planned before (e.g. --slurm again to resubmit): leave the folder as it is, since its
    // shards may be running and preparing it would remove their runs' temporary folders.
    const total = readPlan(exp.out).length;
    return { mode: 'plan', designHash: designHash(exp.design), total, selected: total, ran: 0 };
  }
  // Every run (and so every point's scenario) is checked before anything is written.
  const runs = exp.runs();
  const hash = prepareFolder(exp.out, exp.design, options.fresh ?? false, exp.subfolders);
  try {
    exp.prepare?.();
    writePlan(exp.out, runs);
    if (options.split?.plan) {
      releaseFolder(exp.out);
      return { mode: 'plan', designHash: hash, total: runs.length, selected: runs.length, ran: 0 };
    }
    const ran = await runSelected(exp, runs, options);
    return { mode: 'all', designHash: hash, total: runs.length, selected: runs.length, ran };
  } catch (err) {
    releaseFolder(exp.out);
    throw err;
  }
}

/** The design hash stored in `out`, checked to be this experiment's. */
function checkPlanned(out: string, design: Design): string {
  const hash = designHash(design);
  const file = join(out, 'design.json');
  if (!existsSync(file)) throw new InputError(`${out}: not planned yet; run the same command with --plan first (shards never create the folder, so that parallel shards cannot race)`);
  if (storedHash(out) !== hash) throw new InputError(`${file}: planned for a different experiment than this command; give the command and options the plan was made with`);
  return hash;
}

async function runShard(exp: PlannedExperiment, shard: Shard, options: DistributedOptions): Promise<CarriedOut> {
  if (options.fresh) throw new InputError(`--fresh with --shard ${shardText(shard)}: a shard never empties the shared folder; plan again with --plan --fresh`);
  checkOut(exp.out);
  const hash = checkPlanned(exp.out, exp.design);
  // A whole-folder command (planning again with --fresh, a local run, merge) excludes shards.
  const pid = lockHolder(exp.out);
  if (pid !== undefined) throw new InputError(`${exp.out}: another factorflow command (process ${pid}) is writing this whole folder; run the shard when it has finished`);
  const runs = readPlan(exp.out);
  const mine = runs.filter((r) => inShard(r, shard));
  // Temporary folders a killed writer of these very runs left.
  for (const run of mine) removeStaleTemps(join(exp.out, run.dir));
  const ran = await runSelected(exp, mine, options);
  return { mode: 'shard', designHash: hash, total: runs.length, selected: mine.length, ran };
}

/** Runs those of `runs` not complete yet, on the pool, with a progress display. */
async function runSelected(exp: PlannedExperiment, runs: PlannedRun[], options: DistributedOptions): Promise<number> {
  const pending = runs.filter((r) => !isComplete(exp.out, r));
  const bar = options.progress?.(pending.length);
  try {
    const tasks = (function* () { for (const r of pending) yield exp.task(r); })();
    return await runTasks(tasks, { workers: Math.min(options.workers, Math.max(1, pending.length)), onDone: (d) => bar?.tick(d) });
  } finally {
    bar?.stop();
  }
}
