// Simulated moments: each target moment computed from what a run wrote (national.csv,
// regions.csv, summary.json), then averaged over the replications, and the weighted
// distance to the observed values that calibrate minimises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.ts';
import { readRun, type RunData } from '../runs/run-folder.ts';
import type { Moment, RegionMeasure } from './targets.ts';

/** Per region and step, what the regional measures need. */
interface RegionCells { population: number; gdp: number; urbanShare: number }

export interface RunMoments {
  /** values[i]: moment i of this run (NaN when undefined, e.g. a region emptied). */
  values: number[];
}

function readRegions(dir: string): Map<string, Map<string, RegionCells>> {
  const file = join(dir, 'regions.csv');
  const [header, ...rows] = parse(readFileSync(file, 'utf8'), { skip_empty_lines: true }) as string[][];
  const at = (c: string) => {
    const i = header.indexOf(c);
    if (i < 0) throw new InputError(`${file}: missing column "${c}"`);
    return i;
  };
  const [step, region, population, gdp, urban] = ['step', 'region', 'population', 'gdp', 'urban_share'].map(at);
  const byStep = new Map<string, Map<string, RegionCells>>();
  for (const r of rows) {
    if (!byStep.has(r[step])) byStep.set(r[step], new Map());
    byStep.get(r[step])!.set(r[region], { population: Number(r[population]), gdp: Number(r[gdp]), urbanShare: Number(r[urban]) });
  }
  return byStep;
}

function regionValue(measure: RegionMeasure, cells: Map<string, RegionCells>, region: string): number {
  const own = cells.get(region);
  if (!own) return NaN;
  let population = 0;
  let gdp = 0;
  // Region order of the file (the scenario's), so sums are the same bits in every run.
  for (const c of cells.values()) {
    population += c.population;
    gdp += c.gdp;
  }
  const relative = own.population > 0 ? (own.gdp / own.population) / (gdp / population) : NaN;
  switch (measure) {
    case 'gdp_pc_relative': return relative;
    case 'log_gdp_pc_relative': return relative > 0 ? Math.log(relative) : NaN;
    case 'population_share': return own.population / population;
    case 'urban_share': return own.urbanShare;
  }
}

/** The moments of one run folder. */
export function runMoments(dir: string, moments: readonly Moment[]): number[] {
  const run: RunData = readRun(dir);
  const regions = moments.some((m) => m.kind === 'region') ? readRegions(dir) : undefined;
  return moments.map((m) => {
    if (m.kind === 'figure') return run.figures[m.name as keyof RunData['figures']];
    const k = run.steps.indexOf(m.step!);
    if (k < 0) throw new InputError(`${dir}/national.csv: no step ${m.step} (targets field ${m.field})`);
    if (m.kind === 'national') return run.values[m.name as keyof RunData['values']][k];
    return regionValue(m.name as RegionMeasure, regions!.get(String(m.step)) ?? new Map(), m.region!);
  });
}

/** Mean over replications, in replication order (the same bits for any completion order). */
export function meanMoments(perRun: readonly number[][]): number[] {
  return perRun[0].map((_, i) => perRun.reduce((s, r) => s + r[i], 0) / perRun.length);
}

/**
 * J = Σᵢ wᵢ (m̄ᵢ − oᵢ)², m̄ the simulated mean over replications, o the observed value.
 * An undefined simulated moment makes J infinite: that candidate is never preferred.
 */
export function objective(simulated: readonly number[], moments: readonly Moment[]): number {
  let j = 0;
  moments.forEach((m, i) => {
    const d = simulated[i] - m.observed;
    j += m.weight === 0 ? 0 : m.weight * d * d;
  });
  return Number.isFinite(j) ? j : Infinity;
}

/** Each moment's share of J (weighted squared deviation), for the fit table. */
export const contributions = (simulated: readonly number[], moments: readonly Moment[]): number[] =>
  moments.map((m, i) => m.weight * (simulated[i] - m.observed) ** 2);
