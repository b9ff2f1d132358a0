// Reading one run folder (docs/outputs.md, "A run") into what the charts need.
import { join } from 'node:path';
import { isFile, readCsv, readJsonObjectIfExists, type CsvRow } from '../files.ts';
import { readScenario, type ScenarioInfo } from '../scenario.ts';
import { INDEX_OUTCOMES } from '../charts/indices.ts';
import { InputError } from '../errors.ts';

export interface Snapshot {
  step: number;
  rows: CsvRow[];
}

export interface RunFolder {
  dir: string;
  national: CsvRow[];
  regions: CsvRow[];
  /** flows.csv (step, from, to, persons); empty for folders written before it existed. */
  flows: CsvRow[];
  summary: Record<string, unknown>;
  scenario: ScenarioInfo;
  manifest: Record<string, unknown>;
  /** Region id → display name. */
  names: Map<string, string>;
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
  const national = readCsv(join(dir, 'national.csv'), ['step', ...INDEX_OUTCOMES]).rows;
  const regions = readCsv(join(dir, 'regions.csv'), REGION_FIELDS).rows;
  const scenario = readScenario(join(dir, 'scenario.json'));
  requireSteps(join(dir, 'national.csv'), national);
  requireSteps(join(dir, 'regions.csv'), regions);
  return {
    dir,
    national,
    regions,
    flows: isFile(join(dir, 'flows.csv')) ? readCsv(join(dir, 'flows.csv'), ['step', 'from', 'to', 'persons']).rows : [],
    summary: readJsonObjectIfExists(join(dir, 'summary.json')) ?? {},
    scenario,
    manifest: readJsonObjectIfExists(join(dir, 'manifest.json')) ?? {},
    names: new Map(scenario.regions.map((r) => [r.id, r.name])),
  };
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
