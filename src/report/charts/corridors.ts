// The largest migration corridors of a run (flows.csv): persons who moved from one region
// to another, summed over all steps, as horizontal bars, largest on top.
import type { Chart } from '../page.ts';
import type { CsvRow } from '../files.ts';
import { COMPACT_LABELS } from './common.ts';

export interface Corridor {
  from: string;
  to: string;
  persons: number;
}

/** Adds flow rows (from, to, persons) into `sums`, one entry per (from, to). */
export function sumCorridors(flows: CsvRow[], sums = new Map<string, Corridor>()): Map<string, Corridor> {
  for (const row of flows) {
    const persons = typeof row.persons === 'number' && Number.isFinite(row.persons) ? row.persons : 0;
    const key = `${String(row.from)}\u0000${String(row.to)}`;
    const c = sums.get(key) ?? { from: String(row.from), to: String(row.to), persons: 0 };
    c.persons += persons;
    sums.set(key, c);
  }
  return sums;
}

/** The `top` largest corridors, largest first (ties by name), of flows already summed. */
export function largestCorridors(corridors: Iterable<Corridor>, top: number): Corridor[] {
  return [...corridors]
    .filter((c) => c.persons > 0)
    .sort((a, b) => b.persons - a.persons || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .slice(0, top);
}

export function corridorChart(corridors: Corridor[], names: Map<string, string>, years: number): Chart | undefined {
  if (corridors.length === 0) return undefined;
  const name = (id: string) => names.get(id) ?? id;
  const values = corridors.map((c) => ({ corridor: `${name(c.from)} → ${name(c.to)}`, persons: c.persons }));
  return {
    id: 'corridors',
    spec: {
      title: `Largest migration corridors (persons who moved, summed over ${years} years)`,
      width: 460,
      height: { step: 18 },
      data: { values },
      mark: { type: 'bar', color: '#0969da' },
      encoding: {
        y: { field: 'corridor', type: 'nominal', title: null, sort: values.map((v) => v.corridor) },
        x: { field: 'persons', type: 'quantitative', title: 'persons', axis: { labelExpr: COMPACT_LABELS } },
        tooltip: [{ field: 'corridor' }, { field: 'persons', type: 'quantitative', format: ',.0f' }],
      },
    },
  };
}
