// `factorflow run SCENARIO --reps N`: N runs with the seeds of seeds.ts, one folder each
// (rep-<i>/), then national.csv and summary.json aggregated across them (docs/outputs.md).
import { join } from 'node:path';
import { writeFileAtomically } from '../io/atomic.ts';
import { toCsv } from '../io/csv.ts';
import { json, manifest, scenarioHash } from '../io/manifest.ts';
import type { Scenario } from '../scenario/index.ts';
import { aggregateFigures, aggregateNational, type StepStat } from './aggregate.ts';
import { prepareFolder, releaseFolder } from './folder.ts';
import { runTasks } from './pool.ts';
import { readRun, type RunData } from './run-folder.ts';
import { STAT_COLUMNS, type Stat } from './stats.ts';
import { isFinished, type RunTask } from './task.ts';
import type { RunFigure } from './outcomes.ts';

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

export interface ExperimentOptions {
  out: string;
  workers: number;
  /** Empty `out` first instead of resuming it. */
  fresh?: boolean;
  /** A progress display for `total` runs still to do. */
  progress?: (total: number) => Progress;
}

export interface ReplicationsResult {
  out: string;
  seeds: number[];
  /** Runs made now; the others were finished before (resumed). */
  ran: number;
  runs: RunData[];
  national: StepStat[];
  figures: Record<RunFigure, Stat>;
}

export const NATIONAL_STAT_COLUMNS = ['step', 'outcome', ...STAT_COLUMNS] as const;

export const repDir = (out: string, i: number): string => join(out, `rep-${i + 1}`);

/** Runs the tasks not finished yet, with a progress display. */
export async function runPending(tasks: RunTask[], options: ExperimentOptions): Promise<number> {
  const pending = tasks.filter((t) => !isFinished(t.dir, t.scenario));
  const bar = options.progress?.(pending.length);
  try {
    return await runTasks(pending, { workers: Math.min(options.workers, Math.max(1, pending.length)), onDone: (d) => bar?.tick(d) });
  } finally {
    bar?.stop();
  }
}

/** Runs (or resumes) the replications of `scenario` with `seeds`, then aggregates them. */
export async function runReplications(scenario: Scenario, seeds: number[], options: ExperimentOptions): Promise<ReplicationsResult> {
  const started = performance.now();
  const { out } = options;
  const design = { kind: 'replications' as const, scenario: scenario.name, scenarioHash: scenarioHash({ ...scenario, seed: 0 }), seeds };
  const hash = prepareFolder(out, design, options.fresh ?? false);
  const tasks = seeds.map((seed, i) => ({ scenario: { ...scenario, seed }, dir: repDir(out, i) }));
  const ran = await runPending(tasks, options);
  const runs = tasks.map((t) => readRun(t.dir));
  const national = aggregateNational(runs);
  const figures = aggregateFigures(runs);
  writeFileAtomically(join(out, 'national.csv'), toCsv(NATIONAL_STAT_COLUMNS, national as never));
  writeFileAtomically(join(out, 'summary.json'), json({ scenario: scenario.name, reps: seeds.length, seeds, runs: figures }));
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('replications', (performance.now() - started) / 1000, {
    scenario: scenario.name, reps: seeds.length, seeds, seedRule: 'replication i uses seed = base + i - 1',
    scenarioHash: design.scenarioHash, designHash: hash, workers: options.workers,
  })));
  releaseFolder(out);
  return { out, seeds, ran, runs, national, figures };
}
