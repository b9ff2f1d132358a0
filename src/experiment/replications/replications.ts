// `factorflow run SCENARIO --reps N`: N runs with the seeds of seeds.ts, one folder each
// (rep-<i>/), then national-summary.csv, regions-summary.csv and summary.json aggregated
// across them (docs/outputs.md).
import { join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { toCsv } from '../../io/csv.ts';
import { json, manifest, scenarioHash } from '../../io/manifest.ts';
import type { Scenario } from '../../scenario/index.ts';
import { aggregateFigures, aggregateNational, type StepStat } from '../summary/aggregate.ts';
import { NATIONAL_SUMMARY, REGIONS_SUMMARY, repDir } from '../folders/file-names.ts';
import { aggregateRegions, REGIONS_SUMMARY_COLUMNS } from './regions-summary.ts';
import { designHash, releaseFolder, type Design } from '../folders/folder.ts';
import { carryOut, type PlannedExperiment } from '../distribute/distribute.ts';
import { runTasks } from '../runs/pool.ts';
import { readRun, type RunData } from '../runs/run-folder.ts';
import { STAT_COLUMNS, type Stat } from '../summary/stats.ts';
import { isFinished, type RunTask } from '../runs/task.ts';
import type { RunFigure } from '../runs/outcomes.ts';
import type { ExperimentOptions } from '../kind.ts';

export interface ReplicationsResult {
  out: string;
  seeds: number[];
  /** Runs made now; the others were finished before (resumed). */
  ran: number;
  runs: RunData[];
  national: StepStat[];
  figures: Record<RunFigure, Stat>;
  /** The runs' warnings, each with the seed of the run that raised it. */
  warnings: string[];
}

export const NATIONAL_STAT_COLUMNS = ['step', 'outcome', ...STAT_COLUMNS] as const;

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

/** design.json of replications: all merge needs to aggregate them. */
export interface StoredReplicationsDesign extends Design {
  kind: 'replications';
  scenario: string;
  scenarioHash: string;
  seeds: number[];
}

export const replicationsDesign = (scenario: Scenario, seeds: number[]): StoredReplicationsDesign => ({
  kind: 'replications', scenario: scenario.name, scenarioHash: scenarioHash({ ...scenario, seed: 0 }), seeds,
});

/** The replications as a list of runs: run i is rep-<i>/ with seeds[i - 1]. */
export function replicationsExperiment(scenario: Scenario, seeds: number[], out: string): PlannedExperiment {
  return {
    out,
    design: replicationsDesign(scenario, seeds),
    runs: () => seeds.map((seed, i) => ({
      index: i + 1, dir: `rep-${i + 1}`, seed, scenarioHash: scenarioHash({ ...scenario, seed }), labels: { rep: i + 1 },
    })),
    task: (run) => ({ scenario: { ...scenario, seed: seeds[run.index - 1] }, dir: repDir(out, run.index - 1) }),
  };
}

/** Runs (or resumes) the replications of `scenario` with `seeds`, then aggregates them. */
export async function runReplications(scenario: Scenario, seeds: number[], options: ExperimentOptions): Promise<ReplicationsResult> {
  const started = performance.now();
  const { ran } = await carryOut(replicationsExperiment(scenario, seeds, options.out), { ...options, split: undefined });
  try {
    return { ...aggregateReplications(options.out, replicationsDesign(scenario, seeds), { workers: options.workers, started }), ran };
  } finally {
    releaseFolder(options.out); // carryOut's lock, kept for the aggregate
  }
}

/** national-summary.csv, regions-summary.csv, summary.json and manifest.json from the rep-<i>/ folders (a local run's last step, or merge). */
export function aggregateReplications(
  out: string, design: StoredReplicationsDesign, how: { workers?: number; shards?: number; started: number },
): Omit<ReplicationsResult, 'ran'> {
  const { seeds } = design;
  const runs = seeds.map((_, i) => readRun(repDir(out, i)));
  const national = aggregateNational(runs);
  const figures = aggregateFigures(runs);
  const warnings = runs.flatMap((r) => r.warnings.map((w) => `seed ${r.seed}: ${w}`));
  writeFileAtomically(join(out, NATIONAL_SUMMARY), toCsv(NATIONAL_STAT_COLUMNS, national as never));
  writeFileAtomically(join(out, REGIONS_SUMMARY), toCsv(REGIONS_SUMMARY_COLUMNS, aggregateRegions(seeds.map((_, i) => repDir(out, i))) as never));
  writeFileAtomically(join(out, 'summary.json'), json({ scenario: design.scenario, reps: seeds.length, seeds, runs: figures, warnings }));
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('replications', (performance.now() - how.started) / 1000, {
    scenario: design.scenario, reps: seeds.length, seeds, seedRule: 'replication i uses seed = base + i - 1',
    scenarioHash: design.scenarioHash, designHash: designHash(design), workers: how.workers, shards: how.shards,
  })));
  return { out, seeds, runs, national, figures, warnings };
}
