// regions-summary.csv of a replications folder: for every step, region and region outcome,
// the mean, sd and 95% interval across replications (long, like national-summary.csv).
// Each replication's regions.csv is read in replication order, one at a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REGION_COLUMNS } from '../../engine/index.ts';
import { describeOutcome } from '../summary/aggregate.ts';
import { InputError } from '../errors.ts';
import { STAT_COLUMNS, type Stat } from '../summary/stats.ts';

/** The numeric columns of regions.csv, in file order. */
export const REGION_OUTCOMES = REGION_COLUMNS.filter((c) => c !== 'step' && c !== 'region' && c !== 'group');

export const REGIONS_SUMMARY_COLUMNS = ['step', 'region', 'outcome', ...STAT_COLUMNS] as const;

export interface RegionStat extends Stat {
  step: number;
  region: string;
  outcome: string;
}

/** One regions.csv as (step, region) keys in file order, and the values of each outcome. */
function readRegions(file: string): { keys: [number, string][]; values: Record<string, number[]> } {
  const [header, ...rows] = parse(readFileSync(file, 'utf8'), { skip_empty_lines: true }) as string[][];
  const missing = ['step', 'region', ...REGION_OUTCOMES].find((c) => !header?.includes(c));
  if (missing) throw new InputError(`${file}: missing column "${missing}"`);
  const at = (c: string) => header.indexOf(c);
  const keys = rows.map((r) => [Number(r[at('step')]), r[at('region')]] as [number, string]);
  const values = Object.fromEntries(REGION_OUTCOMES.map((o) => [o, rows.map((r) => (r[at(o)] === '' ? NaN : Number(r[at(o)])))]));
  return { keys, values };
}

/** Rows in the order of the runs' regions.csv (steps, then regions in scenario order), outcomes in column order. */
export function aggregateRegions(dirs: readonly string[]): RegionStat[] {
  const runs = dirs.map((d) => readRegions(join(d, 'regions.csv')));
  const keys = runs[0]?.keys ?? [];
  runs.forEach((r, i) => {
    if (r.keys.map(String).join() !== keys.map(String).join()) {
      throw new InputError(`${join(dirs[i], 'regions.csv')}: steps or regions differ from ${join(dirs[0], 'regions.csv')}`);
    }
  });
  const rows: RegionStat[] = [];
  keys.forEach(([step, region], k) => {
    for (const outcome of REGION_OUTCOMES) rows.push({ step, region, outcome, ...describeOutcome(outcome, runs.map((r) => r.values[outcome][k])) });
  });
  return rows;
}
