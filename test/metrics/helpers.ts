// Shared by the metrics tests: closeness with a stated tolerance, and the fixture data.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';

/** |actual − expected| ≤ rel·|expected| + abs. */
export function expectClose(actual: number, expected: number, rel = 1e-12, abs = 0): void {
  const tolerance = rel * Math.abs(expected) + abs;
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`expected ${actual} to be within ${tolerance} of ${expected}`);
  }
}

export interface Province {
  iso: string;
  group: string;
  population: number;
  gdpPerPerson: number;
}

/** A fixture CSV as rows of strings keyed by column. */
function readRows(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true });
}

/** The 31 provinces in 2000: population in persons, GDP per person in yuan. */
export function provinces2000(): Province[] {
  return readRows('china-provinces-2000.csv').map((r) => ({
    iso: r.iso,
    group: r.group,
    population: Number(r.population_2000_10k) * 1e4,
    gdpPerPerson: (Number(r.gdp_2000_100m_yuan) * 1e8) / (Number(r.population_2000_10k) * 1e4),
  }));
}

/** GDP per person in 2020 by ISO code. */
export function gdpPerPerson2020(): Map<string, number> {
  const rows = readRows('china-provinces-2020.csv');
  return new Map(rows.map((r) => [r.iso, (Number(r.gdp_2020_100m_yuan) * 1e8) / Number(r.population_2020)]));
}
