// Reading one run folder (docs/outputs.md, "A run") into what the charts need.
import { join } from 'node:path';
import { forEachCsvBatch, isFile, readCsvSteps, readJsonObjectIfExists, type CsvRow } from '../files.ts';
import { readScenario, type ScenarioInfo } from '../scenario.ts';
import { INDEX_OUTCOMES } from '../charts/indices.ts';
import { sumCorridors, type Corridor } from '../charts/corridors.ts';
import { InputError } from '../errors.ts';
import { REPORT_MAX_STEPS } from '../../engine/limits.ts';

export interface Snapshot {
  step: number;
  rows: CsvRow[];
}

export interface RunFolder {
  dir: string;
  national: CsvRow[];
  regions: CsvRow[];
  /** flows.csv summed over the run: one entry (from, to, persons) per pair; empty for folders written before it existed. */
  flows: Corridor[];
  summary: Record<string, unknown>;
  scenario: ScenarioInfo;
  manifest: Record<string, unknown>;
  /** Region id → display name. */
  names: Map<string, string>;
  /** The report shows every `stride`-th step (and the last): 1 unless the run is long. */
  stride: number;
}

// Most steps a report draws. Longer runs are thinned to one step in k (and the last): a
// chart cannot show more points than it has pixels, and reading every row of a
// 100,000-step run took 1.4 GB of memory and made a 95 MB page.
export { REPORT_MAX_STEPS };

/** Every how many steps a run of `steps` steps is drawn. */
export function reportStride(steps: number | null): number {
  return steps === null || steps <= REPORT_MAX_STEPS ? 1 : Math.ceil(steps / REPORT_MAX_STEPS);
}

const REGION_FIELDS = ['step', 'region', 'population', 'gdp_per_capita', 'net_migration'];

/** Every row needs a numeric step, and a file needs rows at all. */
function requireSteps(file: string, rows: CsvRow[]): void {
  if (rows.length === 0) throw new InputError(`${file}: no rows`);
  const bad = rows.findIndex((r) => typeof r.step !== 'number' || !Number.isFinite(r.step));
  if (bad >= 0) throw new InputError(`${file}: row ${bad + 2}: field "step" is not a number`);
}

/** Reads a run folder; a missing file or column is an InputError naming it. */
export function readRunFolder(dir: string): RunFolder {
  const scenario = readScenario(join(dir, 'scenario.json'));
  const stride = reportStride(scenario.steps);
  const keep = (step: number): boolean => step % stride === 0 || step === scenario.steps;
  const national = readCsvSteps(join(dir, 'national.csv'), ['step', ...INDEX_OUTCOMES], keep).rows;
  const regions = readCsvSteps(join(dir, 'regions.csv'), REGION_FIELDS, keep).rows;
  requireSteps(join(dir, 'national.csv'), national);
  requireSteps(join(dir, 'regions.csv'), regions);
  return {
    dir,
    national,
    regions,
    flows: isFile(join(dir, 'flows.csv')) ? flowTotals(join(dir, 'flows.csv')) : [],
    summary: readJsonObjectIfExists(join(dir, 'summary.json')) ?? {},
    scenario,
    manifest: readJsonObjectIfExists(join(dir, 'manifest.json')) ?? {},
    names: new Map(scenario.regions.map((r) => [r.id, r.name])),
    stride,
  };
}

/** Persons who moved from → to, summed over the run (rows read in batches: flows.csv grows with the steps). */
function flowTotals(file: string): Corridor[] {
  const sums = new Map<string, Corridor>();
  forEachCsvBatch(file, ['step', 'from', 'to', 'persons'], (rows) => sumCorridors(rows, sums));
  return [...sums.values()];
}

/** The region rows of each step, steps in increasing order. */
export function snapshots(regions: CsvRow[]): Snapshot[] {
  const bySteps = new Map<number, CsvRow[]>();
  for (const row of regions) {
    const step = typeof row.step === 'number' ? row.step : NaN;
    if (!bySteps.has(step)) bySteps.set(step, []);
    bySteps.get(step)!.push(row);
  }
  return [...bySteps.entries()].sort((a, b) => a[0] - b[0]).map(([step, rows]) => ({ step, rows }));
}
