// Regions at the start against the end: GDP per person and population as dot (dumbbell)
// charts, net migration as paired bars for the first and the last year.
import type { Chart, VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';
import { COMPACT_LABELS } from './common.ts';

interface Snapshot {
  step: number;
  rows: CsvRow[];
}

interface Pair {
  name: string;
  start: number | null;
  end: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Start and end values of `field` for each region, in the order of the start rows. */
function pairs(field: string, start: Snapshot, end: Snapshot, names: Map<string, string>): Pair[] {
  const endById = new Map(end.rows.map((r) => [String(r.region), r]));
  return start.rows.map((r) => ({
    name: names.get(String(r.region)) ?? String(r.region),
    start: num(r[field]),
    end: num(endById.get(String(r.region))?.[field]),
  }));
}

function longRows(ps: Pair[], labels: [string, string]): Record<string, unknown>[] {
  return ps.flatMap((p) => [
    { name: p.name, when: labels[0], value: p.start },
    { name: p.name, when: labels[1], value: p.end },
  ]);
}

/** Regions sorted by their start value, largest on top (all three charts share this order). */
function order(ps: Pair[]): string[] {
  return [...ps].sort((a, b) => (b.start ?? -Infinity) - (a.start ?? -Infinity)).map((p) => p.name);
}

function dumbbell(title: string, xTitle: string, ps: Pair[], labels: [string, string], sort: string[]): VlSpec {
  const x = { field: 'value', type: 'quantitative', title: xTitle, scale: { zero: false }, axis: { labelExpr: COMPACT_LABELS } };
  return {
    title,
    width: 460,
    height: { step: 22 },
    data: { values: longRows(ps, labels) },
    encoding: { y: { field: 'name', type: 'nominal', title: null, sort } },
    layer: [
      { mark: { type: 'line', color: '#afb8c1', strokeWidth: 2 }, encoding: { x, detail: { field: 'name' } } },
      {
        mark: { type: 'point', filled: true, size: 90, opacity: 1 },
        encoding: {
          x,
          color: { field: 'when', type: 'nominal', title: null, scale: { domain: labels }, legend: { orient: 'bottom' } },
          tooltip: [{ field: 'name', title: 'region' }, { field: 'when' }, { field: 'value', type: 'quantitative', format: ',.4~g' }],
        },
      },
    ],
  };
}

function bars(title: string, ps: Pair[], labels: [string, string], sort: string[]): VlSpec {
  return {
    title,
    width: 460,
    height: { step: 14 },
    data: { values: longRows(ps, labels) },
    encoding: {
      y: { field: 'name', type: 'nominal', title: null, sort },
      yOffset: { field: 'when', type: 'nominal', scale: { domain: labels } },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: 'net migration (persons per year)' },
          color: { field: 'when', type: 'nominal', title: null, scale: { domain: labels }, legend: { orient: 'bottom' } },
          tooltip: [{ field: 'name', title: 'region' }, { field: 'when' }, { field: 'value', type: 'quantitative', format: ',.0f' }],
        },
      },
      { mark: { type: 'rule', color: '#57606a' }, encoding: { x: { datum: 0 } } },
    ],
  };
}

/**
 * The three start-against-end charts. Net migration is zero by definition at step 0, so
 * its "start" is the first year with migration (step 1 when the run has it).
 */
export function regionCharts(opts: {
  names: Map<string, string>;
  start: Snapshot;
  firstMove: Snapshot;
  end: Snapshot;
}): Chart[] {
  const { names, start, firstMove, end } = opts;
  const labels: [string, string] = [`start (step ${start.step})`, `end (step ${end.step})`];
  const moveLabels: [string, string] = [`first year (step ${firstMove.step})`, `last year (step ${end.step})`];
  const gdp = pairs('gdp_per_capita', start, end, names);
  const sort = order(gdp);
  return [
    {
      id: 'regions-gdp-pc',
      spec: dumbbell('GDP per person by region', 'GDP per person (yuan)', gdp, labels, sort),
    },
    {
      id: 'regions-population',
      spec: dumbbell('Population by region', 'population (persons)', pairs('population', start, end, names), labels, sort),
    },
    {
      id: 'regions-net-migration',
      spec: bars('Net migration by region', pairs('net_migration', firstMove, end, names), moveLabels, sort),
    },
  ];
}
