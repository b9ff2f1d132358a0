// A sweep: each outcome at the last step against the varied key, as lines with 95%
// bands; when two keys vary, also a heat map of the two keys.
import type { Chart, VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';
import { outcomeLabel } from '../labels.ts';
import { COMPACT_LABELS, PANEL_COLUMNS, PANEL_HEIGHT, PANEL_WIDTH, compactNumber, unique } from './common.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Largest grid that still gets the value written in each cell. */
const MAX_TEXT_GRID = 6;

/** Rows of the last step with the varied keys renamed k0, k1, … (keys contain dots, which Vega reads as nesting). */
function lastStepRows(rows: CsvRow[], keys: string[], step: number): Record<string, unknown>[] {
  // An outcome with no finite mean at that step (e.g. a column older runs lack) has no panel.
  const drawn = new Set(rows.filter((r) => r.step === step && num(r.mean) !== null).map((r) => r.outcome));
  return rows
    .filter((r) => r.step === step && drawn.has(r.outcome))
    .map((r) => {
      const out: Record<string, unknown> = {
        label: outcomeLabel(String(r.outcome)),
        mean: num(r.mean),
        text: compactNumber(num(r.mean)),
        low: num(r.ci_low),
        high: num(r.ci_high),
        n: num(r.n),
      };
      keys.forEach((k, i) => (out[`k${i}`] = r[k]));
      // The keys after the first label the lines: "0.5" for two keys, "b=0.5, c=1" for more.
      out.rest = keys.length === 2 ? String(r[keys[1]]) : keys.slice(1).map((k) => `${k}=${r[k]}`).join(', ');
      return out;
    });
}

function allNumeric(values: unknown[]): boolean {
  return values.every((v) => typeof v === 'number');
}

function facetOf(labels: string[]): VlSpec {
  return { field: 'label', type: 'nominal', title: null, sort: labels, header: { labelFontSize: 11, labelLimit: PANEL_WIDTH } };
}

function tooltip(keys: string[]): VlSpec[] {
  return [
    ...keys.map((k, i) => ({ field: `k${i}`, title: k })),
    { field: 'mean', type: 'quantitative', format: '.4~g' },
    { field: 'low', type: 'quantitative', format: '.4~g', title: '95% low' },
    { field: 'high', type: 'quantitative', format: '.4~g', title: '95% high' },
    { field: 'n', type: 'quantitative', title: 'replications' },
  ];
}

function linesSpec(values: Record<string, unknown>[], keys: string[], step: number): VlSpec {
  const numeric = allNumeric(values.map((v) => v.k0));
  const x = { field: 'k0', type: numeric ? 'quantitative' : 'ordinal', title: keys[0], scale: numeric ? { zero: false } : undefined };
  const rest = unique(values.map((v) => v.rest as string));
  const color =
    keys.length > 1
      ? { field: 'rest', type: 'nominal', title: keys.slice(1).join(', '), scale: { domain: rest }, legend: { orient: 'bottom' } }
      : undefined;
  const band = numeric
    ? { mark: { type: 'area', opacity: 0.2 }, encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } }
    : { mark: { type: 'rule', strokeWidth: 2, opacity: 0.5 }, encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } };
  return {
    title: { text: `Outcomes at the last step (step ${step}) against ${keys[0]}`, subtitle: 'mean across replications with its 95% interval' },
    data: { values },
    facet: facetOf(unique(values.map((v) => v.label as string))),
    columns: PANEL_COLUMNS,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
      encoding: { x, ...(color ? { color } : {}) },
      layer: [
        band,
        {
          mark: { type: 'line', point: true, strokeWidth: 2 },
          encoding: {
            y: { field: 'mean', type: 'quantitative', title: null, scale: { zero: false }, axis: { labelExpr: COMPACT_LABELS } },
            tooltip: tooltip(keys),
          },
        },
      ],
    },
  };
}

/** Each outcome's means scaled to 0–1 over its own range, so one colour legend serves all panels. */
function withRelative(values: Record<string, unknown>[]): Record<string, unknown>[] {
  const range = new Map<string, [number, number]>();
  for (const v of values) {
    const m = v.mean as number | null;
    if (m === null) continue;
    const [lo, hi] = range.get(v.label as string) ?? [m, m];
    range.set(v.label as string, [Math.min(lo, m), Math.max(hi, m)]);
  }
  return values.map((v) => {
    const [lo, hi] = range.get(v.label as string) ?? [0, 0];
    const m = v.mean as number | null;
    return { ...v, relative: m === null ? null : hi > lo ? (m - lo) / (hi - lo) : 0.5 };
  });
}

function heatmapSpec(values: Record<string, unknown>[], keys: string[], step: number): VlSpec {
  const small = unique(values.map((v) => v.k0)).length <= MAX_TEXT_GRID && unique(values.map((v) => v.k1)).length <= MAX_TEXT_GRID;
  const x = { field: 'k0', type: 'ordinal', title: keys[0] };
  const y = { field: 'k1', type: 'ordinal', title: keys[1], sort: 'descending' };
  const layer: VlSpec[] = [
    {
      mark: { type: 'rect' },
      encoding: {
        color: { field: 'relative', type: 'quantitative', title: ['within each outcome:', 'lowest (0) to highest (1)'], scale: { scheme: 'viridis', domain: [0, 1] } },
        tooltip: tooltip(keys),
      },
    },
  ];
  if (small) {
    layer.push({
      mark: { type: 'text', fontSize: 10 },
      encoding: {
        text: { field: 'text', type: 'nominal' },
        color: { condition: { test: 'datum.relative > 0.6', value: '#24292f' }, value: '#ffffff' },
      },
    });
  }
  return {
    title: { text: `Outcomes at the last step (step ${step}): ${keys[0]} × ${keys[1]}`, subtitle: 'colour: the mean relative to the outcome\'s own range; hover for values' },
    data: { values: withRelative(values) },
    facet: facetOf(unique(values.map((v) => v.label as string))),
    columns: PANEL_COLUMNS,
    spec: { width: PANEL_WIDTH, height: PANEL_HEIGHT, encoding: { x, y }, layer },
  };
}

/** The sweep's charts: lines always, a heat map when exactly two keys vary. */
export function sweepCharts(rows: CsvRow[], keys: string[]): Chart[] {
  const step = Math.max(...rows.map((r) => num(r.step) ?? -Infinity));
  const values = lastStepRows(rows, keys, step);
  const charts: Chart[] = [{ id: 'sweep-lines', spec: linesSpec(values, keys, step) }];
  if (keys.length === 2) charts.push({ id: 'sweep-heatmap', spec: heatmapSpec(values, keys, step) });
  return charts;
}
