// `factorflow sweep`: every point of a design run with the same replication seeds, each run
// in its own folder under runs/ (the resume markers), then three tidy tables streamed from
// those folders in (point, replication) order: runs.csv, points.csv and point-figures.csv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, manifest, scenarioHash } from '../../io/manifest.ts';
import { writeFileAtomically } from '../../io/atomic.ts';
import { csvHeader, csvLine } from '../../io/csv.ts';
import type { Scenario } from '../../scenario/index.ts';
import { aggregateFigures, aggregateNational, type StepStat } from '../summary/aggregate.ts';
import { designHash, releaseFolder, type Design } from '../folders/folder.ts';
import { carryOut, type CarriedOut, type DistributedOptions, type PlannedExperiment } from '../distribute/distribute.ts';
import type { PlannedRun } from '../distribute/plan.ts';
import { runDir } from '../folders/file-names.ts';
import { overrideText } from '../../scenario/overrides.ts';
import type { SweepDesign, Value } from './grid.ts';
import { OUTCOMES, RUN_FIGURES } from '../runs/outcomes.ts';
import { readRun } from '../runs/run-folder.ts';
import { STAT_COLUMNS } from '../summary/stats.ts';
import { withStreams, type StreamFile } from '../folders/stream-file.ts';

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
  /** How much of the design was planned or run (--plan, --shard). */
  carried: CarriedOut;
}

const pointScenario = (input: SweepInput, p: number): Scenario =>
  input.load(input.design.keys.map((k, i) => overrideText(k, input.design.points[p][i])));

/** Every run of the sweep, point by point, replications within a point (plan.csv's order). */
function plannedRuns(input: SweepInput): PlannedRun[] {
  const { keys, points } = input.design;
  return points.flatMap((values, p) => {
    const scenario = pointScenario(input, p);
    return input.seeds.map((seed, r) => ({
      index: p * input.seeds.length + r + 1,
      dir: `runs/point-${p + 1}-rep-${r + 1}`,
      seed,
      scenarioHash: scenarioHash({ ...scenario, seed }),
      labels: { point: p + 1, rep: r + 1, ...Object.fromEntries(keys.map((k, i) => [k, values[i]])) },
    }));
  });
}

/** The sweep as a list of runs; each task loads its point's scenario, the last one kept. */
export function sweepExperiment(input: SweepInput, out: string): PlannedExperiment {
  let loaded: [number, Scenario] | undefined;
  return {
    out,
    design: sweepDesign(input),
    subfolders: ['runs'],
    runs: () => plannedRuns(input),
    task: (run) => {
      const p = Math.floor((run.index - 1) / input.seeds.length);
      const r = (run.index - 1) % input.seeds.length;
      if (loaded?.[0] !== p) loaded = [p, pointScenario(input, p)];
      return { scenario: { ...loaded[1], seed: input.seeds[r] }, dir: runDir(out, p + 1, r + 1) };
    },
  };
}

/** design.json of a sweep: everything merge needs to aggregate it without the scenario files. */
export interface StoredSweepDesign extends Design {
  kind: 'sweep';
  scenario: string;
  scenarioHash: string;
  keys: string[];
  points: Value[][];
  seeds: number[];
}

const sweepDesign = ({ base, design, seeds }: SweepInput): StoredSweepDesign => ({
  kind: 'sweep', scenario: base.name, scenarioHash: scenarioHash({ ...base, seed: 0 }), keys: design.keys, points: design.points, seeds,
});

export async function runSweep(input: SweepInput, options: DistributedOptions): Promise<SweepResult> {
  const started = performance.now();
  const { out } = options;
  const carried = await carryOut(sweepExperiment(input, out), options);
  const runs = input.design.points.length * input.seeds.length;
  if (carried.mode !== 'all') return { out, ran: carried.ran, runs, last: [], carried };
  try {
    const last = aggregateSweep(out, sweepDesign(input), { workers: options.workers, started });
    return { out, ran: carried.ran, runs, last, carried };
  } finally {
    releaseFolder(out); // carryOut's lock, kept for the aggregate
  }
}

/** The sweep's tables and manifest from its run folders (a local run's last step, or merge). */
export function aggregateSweep(out: string, design: StoredSweepDesign, how: { workers?: number; shards?: number; started: number }): StepStat[][] {
  const last = writeTables({ keys: design.keys, points: design.points }, design.seeds, out);
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('sweep', (performance.now() - how.started) / 1000, {
    scenario: design.scenario, scenarioHash: design.scenarioHash, keys: design.keys, points: design.points.length, reps: design.seeds.length, seeds: design.seeds,
    seedRule: 'every point runs with the same seeds (common random numbers): replication i uses seed = base + i - 1',
    designHash: designHash(design), workers: how.workers, shards: how.shards,
  })));
  return last;
}

/** Streams runs.csv, points.csv and point-figures.csv, one point at a time. */
function writeTables(design: SweepDesign, seeds: number[], out: string): StepStat[][] {
  const { keys, points } = design;
  const last: StepStat[][] = [];
  withStreams(['runs.csv', 'points.csv', 'point-figures.csv'].map((f) => join(out, f)), ([runs, stats, figures]) => {
    runs.write(csvHeader(['point', 'rep', 'seed', ...keys, 'step', ...OUTCOMES]));
    stats.write(csvHeader(['point', ...keys, 'step', 'outcome', ...STAT_COLUMNS]));
    figures.write(csvHeader(['point', ...keys, 'figure', ...STAT_COLUMNS]));
    points.forEach((values, p) => last.push(writePoint(seeds, out, p, values, [runs, stats, figures])));
  });
  return last;
}

function writePoint(seeds: number[], out: string, p: number, values: Value[], [runs, stats, figures]: StreamFile[]): StepStat[] {
  const dirs = seeds.map((_, r) => runDir(out, p + 1, r + 1));
  dirs.forEach((dir, r) => {
    // The run's own national.csv lines, prefixed: exact, and no parsing needed.
    const prefix = csvLine([p + 1, r + 1, seeds[r], ...values]).slice(0, -1);
    const lines = readFileSync(join(dir, 'national.csv'), 'utf8').split('\n').slice(1).filter((l) => l !== '');
    runs.write(lines.map((l) => `${prefix},${l}\n`).join(''));
  });
  const data = dirs.map(readRun);
  const national = aggregateNational(data);
  for (const s of national) stats.write(csvLine([p + 1, ...values, s.step, s.outcome, ...STAT_COLUMNS.map((c) => s[c])]));
  const figs = aggregateFigures(data);
  for (const f of RUN_FIGURES) {
    const s = figs[f];
    figures.write(csvLine([p + 1, ...values, f, ...STAT_COLUMNS.map((c) => s[c])]));
  }
  const lastStep = national[national.length - 1].step;
  return national.filter((s) => s.step === lastStep);
}
