// `factorflow sweep`: every point of a design run with the same replication seeds, each run
// in its own folder under runs/ (the resume markers), then three tidy tables streamed from
// those folders in (point, replication) order: runs.csv, points.csv and point-figures.csv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, manifest, scenarioHash } from '../io/manifest.ts';
import { writeFileAtomically } from '../io/atomic.ts';
import { csvHeader, csvLine } from '../io/csv.ts';
import type { Scenario } from '../scenario/index.ts';
import { aggregateFigures, aggregateNational, type StepStat } from './aggregate.ts';
import { prepareFolder, releaseFolder } from './folder.ts';
import { overrideText, type SweepDesign, type Value } from './grid.ts';
import { OUTCOMES, RUN_FIGURES } from './outcomes.ts';
import { runTasks } from './pool.ts';
import type { ExperimentOptions } from './replications.ts';
import { readRun } from './run-folder.ts';
import { STAT_COLUMNS } from './stats.ts';
import { withStreams, type StreamFile } from './stream-file.ts';
import { isFinished, type RunTask } from './task.ts';

export interface SweepInput {
  /** The scenario with --set and --steps applied: its name, hash and seed. */
  base: Scenario;
  /** The scenario of a point, from its overrides (validated like --set). */
  load: (overrides: string[]) => Scenario;
  design: SweepDesign;
  seeds: number[];
}

export interface SweepResult {
  out: string;
  ran: number;
  runs: number;
  /** Per point, the statistics at the last step (for printing). */
  last: StepStat[][];
}

export const runDir = (out: string, point: number, rep: number): string => join(out, 'runs', `point-${point}-rep-${rep}`);

const pointScenario = (input: SweepInput, p: number): Scenario =>
  input.load(input.design.keys.map((k, i) => overrideText(k, input.design.points[p][i])));

/** (point, rep) pairs, 0-based, of the runs not finished yet; every point is validated on the way. */
function pending(input: SweepInput, out: string): [number, number][] {
  const todo: [number, number][] = [];
  input.design.points.forEach((_, p) => {
    const scenario = pointScenario(input, p);
    input.seeds.forEach((seed, r) => {
      if (!isFinished(runDir(out, p + 1, r + 1), { ...scenario, seed })) todo.push([p, r]);
    });
  });
  return todo;
}

/** The tasks of `todo`, each point's scenario loaded only when its runs come up. */
function* tasks(input: SweepInput, out: string, todo: [number, number][]): Generator<RunTask> {
  let loaded: [number, Scenario] | undefined;
  for (const [p, r] of todo) {
    if (loaded?.[0] !== p) loaded = [p, pointScenario(input, p)];
    yield { scenario: { ...loaded[1], seed: input.seeds[r] }, dir: runDir(out, p + 1, r + 1) };
  }
}

export async function runSweep(input: SweepInput, options: ExperimentOptions): Promise<SweepResult> {
  const started = performance.now();
  const { out } = options;
  const { design, seeds, base } = input;
  const baseHash = scenarioHash({ ...base, seed: 0 });
  // Every point is checked before anything is written: a rejected sweep leaves nothing behind.
  design.points.forEach((_, p) => pointScenario(input, p));
  const hash = prepareFolder(out, { kind: 'sweep', scenario: base.name, scenarioHash: baseHash, keys: design.keys, points: design.points, seeds }, options.fresh ?? false, ['runs']);
  const todo = pending(input, out);
  const bar = options.progress?.(todo.length);
  let ran: number;
  try {
    ran = await runTasks(tasks(input, out, todo), { workers: Math.min(options.workers, Math.max(1, todo.length)), onDone: (d) => bar?.tick(d) });
  } finally {
    bar?.stop();
  }
  const last = writeTables(input, out);
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('sweep', (performance.now() - started) / 1000, {
    scenario: base.name, scenarioHash: baseHash, keys: design.keys, points: design.points.length, reps: seeds.length, seeds,
    seedRule: 'every point runs with the same seeds (common random numbers): replication i uses seed = base + i - 1',
    designHash: hash, workers: options.workers,
  })));
  releaseFolder(out);
  return { out, ran, runs: design.points.length * seeds.length, last };
}

/** Streams runs.csv, points.csv and point-figures.csv, one point at a time. */
function writeTables(input: SweepInput, out: string): StepStat[][] {
  const { keys, points } = input.design;
  const last: StepStat[][] = [];
  withStreams(['runs.csv', 'points.csv', 'point-figures.csv'].map((f) => join(out, f)), ([runs, stats, figures]) => {
    runs.write(csvHeader(['point', 'rep', 'seed', ...keys, 'step', ...OUTCOMES]));
    stats.write(csvHeader(['point', ...keys, 'step', 'outcome', ...STAT_COLUMNS]));
    figures.write(csvHeader(['point', ...keys, 'figure', ...STAT_COLUMNS]));
    points.forEach((values, p) => last.push(writePoint(input, out, p, values, [runs, stats, figures])));
  });
  return last;
}

function writePoint(input: SweepInput, out: string, p: number, values: Value[], [runs, stats, figures]: StreamFile[]): StepStat[] {
  const dirs = input.seeds.map((_, r) => runDir(out, p + 1, r + 1));
  dirs.forEach((dir, r) => {
    // The run's own national.csv lines, prefixed: exact, and no parsing needed.
    const prefix = csvLine([p + 1, r + 1, input.seeds[r], ...values]).slice(0, -1);
    const lines = readFileSync(join(dir, 'national.csv'), 'utf8').split('\n').slice(1).filter((l) => l !== '');
    runs.write(lines.map((l) => `${prefix},${l}\n`).join(''));
  });
  const data = dirs.map(readRun);
  const national = aggregateNational(data);
  for (const s of national) stats.write(csvLine([p + 1, ...values, s.step, s.outcome, s.mean, s.sd, s.ci_low, s.ci_high, s.n]));
  const figs = aggregateFigures(data);
  for (const f of RUN_FIGURES) {
    const s = figs[f];
    figures.write(csvLine([p + 1, ...values, f, s.mean, s.sd, s.ci_low, s.ci_high, s.n]));
  }
  const lastStep = national[national.length - 1].step;
  return national.filter((s) => s.step === lastStep);
}
