// One run of an experiment: simulate a resolved scenario and write its folder atomically.
// The same function runs in-process (--workers 1) and in a worker process (worker.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../../engine/state.ts';
import { scenarioHash } from '../../io/manifest.ts';
import { streamRun } from '../../io/run-stream.ts';
import type { Scenario } from '../../scenario/index.ts';

export interface RunTask {
  scenario: Scenario;
  /** The run's folder; it appears complete (renamed into place) or not at all. */
  dir: string;
  /** The experiment's command line, for the run's manifest (a worker's own argv is not it). */
  command?: string;
  /** The pid of the process that runs the pool: a worker exits when it is gone. */
  parent?: number;
}

/** What a run sends back: a few numbers, never the run itself. */
export interface RunDone {
  dir: string;
  seed: number;
  seconds: number;
}

/**
 * Is `dir` a finished run of exactly this scenario? Folders appear atomically, so a folder
 * whose manifest names the same seed and scenario hash is complete: the resume marker.
 */
export function isFinished(dir: string, scenario: Scenario): boolean {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return false;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string; seed?: number; scenarioHash?: string };
    return m.kind === 'run' && m.seed === scenario.seed && m.scenarioHash === scenarioHash(scenario);
  } catch {
    return false;
  }
}

/** Runs one task; `onStep` may stop it (a worker whose parent is gone exits there). */
export async function runTask(task: RunTask, onStep?: (model: Model) => void): Promise<RunDone> {
  const started = performance.now();
  await streamRun(task.dir, task.scenario, { command: task.command, onStep });
  return { dir: task.dir, seed: task.scenario.seed, seconds: (performance.now() - started) / 1000 };
}
