// Runs tasks on a pool of worker processes (tinypool), or in this process for one worker.
// Processes, not threads: two simulations as threads of one process ran no faster than one
// (they contend inside the process), while two processes run at full speed each.
// Only a bounded number of tasks is in flight, so a sweep of thousands of runs never
// holds thousands of scenarios; results are files, so completion order does not matter.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { onSignal } from '../../io/exit-cleanup.ts';
import { commandLine } from '../../io/manifest.ts';
import { runTask, type RunDone, type RunTask } from './task.ts';

export interface PoolOptions {
  workers: number;
  /** Called after each finished task with the number finished so far. */
  onDone?: (done: number, result: RunDone) => void;
}

/** The default worker count: every core. */
export const defaultWorkers = (): number => availableParallelism();

/**
 * Worker processes do not inherit the tsx loader the CLI registered, so each is started with
 * `--import <tsx>`; the absolute URL works from any working directory and under vitest.
 */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

/** A pool kept open across several batches of tasks (a calibration runs many small batches). */
export interface TaskPool {
  /** Runs every task; resolves with the number run. Rejects with the first failure. */
  run(tasks: Iterable<RunTask>, onDone?: (done: number, result: RunDone) => void): Promise<number>;
  close(): Promise<void>;
}

function inProcessPool(): TaskPool {
  return {
    async run(tasks, onDone) {
      let done = 0;
      for (const task of tasks) {
        onDone?.(++done, await runTask(task));
        await new Promise((resolve) => setImmediate(resolve)); // let the progress bar draw
      }
      return done;
    },
    close: async () => {},
  };
}

/** `workers` processes (or this process for one), started once and reused by every `run`. */
export function openPool(workersWanted: number): TaskPool {
  const workers = Math.max(1, Math.floor(workersWanted));
  if (workers === 1) return inProcessPool();
  const pool = new Tinypool({
    runtime: 'child_process',
    filename: new URL('./worker.ts', import.meta.url).href,
    execArgv: ['--import', tsxLoader()],
    minThreads: workers,
    maxThreads: workers,
  });
  // On Ctrl+C or a kill, the workers are stopped before this process exits.
  const forget = onSignal(() => pool.destroy());
  const command = commandLine();
  return {
    async run(tasks, onDone) {
      let done = 0;
      await runBounded(tasks, workers * 2, async (task) => onDone?.(++done, (await pool.run({ ...task, command, parent: process.pid })) as RunDone));
      return done;
    },
    close: () => {
      forget();
      return pool.destroy();
    },
  };
}

/** Runs every task; resolves with the number run. Rejects with the first failure. */
export async function runTasks(tasks: Iterable<RunTask>, options: PoolOptions): Promise<number> {
  const pool = openPool(options.workers);
  try {
    return await pool.run(tasks, options.onDone);
  } finally {
    await pool.close();
  }
}

/** Pulls tasks from the iterator with at most `limit` in flight. */
async function runBounded<T>(items: Iterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const lane = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done && !failed; next = iterator.next()) {
      try {
        await fn(next.value);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
}
