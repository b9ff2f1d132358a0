// Charts of a sensitivity folder (sensitivity.csv): per outcome, the indices as bars with
// their 95% bootstrap intervals, parameters ranked from the most influential down, the
// seed-noise level as a dashed line; for Morris also the μ*–σ plane (Campolongo et al.
// 2007): far right = influential, high up = non-linear or interacting.
import type { VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';

const WIDTH = 520;
const BAR_STEP = 22;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export interface IndexDatum {
  parameter: string;
  index: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

const INDEX_NAMES: Record<string, string> = { S1: 'S1 (first order)', ST: 'ST (total)', mu_star: 'μ* (mean |effect|)', S2: 'S2 (second order)' };

export const indexName = (index: string): string => INDEX_NAMES[index] ?? index;

/** The rows of one outcome and some indices as chart data. */
export function indexData(rows: CsvRow[], outcome: string, indices: string[]): IndexDatum[] {
  return rows
    .filter((r) => r.outcome === outcome && indices.includes(String(r.index)))
    .map((r) => ({ parameter: String(r.parameter), index: indexName(String(r.index)), value: num(r.value), low: num(r.ci_low), high: num(r.ci_high) }));
}

/** Parameters from the largest value of `index` down (undefined ones last). */
export function rankedParameters(rows: CsvRow[], outcome: string, index: string): string[] {
  return rows
    .filter((r) => r.outcome === outcome && r.index === index)
    .sort((a, b) => (num(b.value) ?? -Infinity) - (num(a.value) ?? -Infinity))
    .map((r) => String(r.parameter));
}

/** Horizontal bars, one group per parameter, one bar per index, intervals as rules; `noise` a dashed vertical line. */
export function indexBars(opts: { title: string; subtitle: string; xTitle: string; data: IndexDatum[]; order: string[]; noise?: { value: number; label: string } }): VlSpec {
  const indices = [...new Set(opts.data.map((d) => d.index))];
  const y = { field: 'parameter', type: 'nominal', title: null, sort: opts.order, axis: { labelLimit: 260 } };
  const tooltip = [
    { field: 'parameter', type: 'nominal' },
    { field: 'index', type: 'nominal' },
    { field: 'value', type: 'quantitative', format: '.3~g' },
    { field: 'low', type: 'quantitative', title: '95% low', format: '.3~g' },
    { field: 'high', type: 'quantitative', title: '95% high', format: '.3~g' },
  ];
  const offset = indices.length > 1 ? { yOffset: { field: 'index', sort: indices } } : {};
  const layers: VlSpec[] = [
    {
      data: { values: opts.data },
      mark: { type: 'bar', opacity: 0.85 },
      encoding: { y, ...offset, x: { field: 'value', type: 'quantitative', title: opts.xTitle }, color: { field: 'index', type: 'nominal', title: null, scale: { domain: indices }, legend: { orient: 'bottom' } }, tooltip },
    },
    {
      data: { values: opts.data },
      mark: { type: 'rule', color: '#222', strokeWidth: 1.5 },
      encoding: { y, ...offset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip },
    },
  ];
  if (opts.noise) {
    layers.push({
      data: { values: [opts.noise] },
      mark: { type: 'rule', strokeDash: [6, 4], color: '#b00', strokeWidth: 1.5 },
      encoding: { x: { field: 'value', type: 'quantitative' }, tooltip: [{ field: 'label', type: 'nominal', title: 'seed noise' }, { field: 'value', type: 'quantitative', format: '.3~g' }] },
    });
  }
  return {
    title: { text: opts.title, subtitle: opts.subtitle },
    width: WIDTH,
    height: { step: BAR_STEP * Math.max(1, indices.length) },
    layer: layers,
  };
}

export interface MorrisPoint {
  parameter: string;
  mu_star: number | null;
  sigma: number | null;
  mu: number | null;
}

export function morrisPoints(rows: CsvRow[], outcome: string): MorrisPoint[] {
  const of = (p: string, index: string) => num(rows.find((r) => r.outcome === outcome && r.parameter === p && r.index === index)?.value);
  return rankedParameters(rows, outcome, 'mu_star').map((p) => ({ parameter: p, mu_star: of(p, 'mu_star'), sigma: of(p, 'sigma'), mu: of(p, 'mu') }));
}

/** The μ*–σ plane with each parameter labelled, and the line σ = μ* for reference. */
export function morrisPlane(opts: { title: string; subtitle: string; points: MorrisPoint[]; noise?: number }): VlSpec {
  const max = Math.max(0, ...opts.points.flatMap((p) => [p.mu_star ?? 0, p.sigma ?? 0]));
  const x = { field: 'mu_star', type: 'quantitative', title: 'μ* (mean |elementary effect|, outcome units per full range)', scale: { domain: [0, max * 1.1 || 1] }, axis: { tickCount: 6, format: '.2~g' } };
  const y = { field: 'sigma', type: 'quantitative', title: 'σ (sd of elementary effects)', scale: { domain: [0, max * 1.1 || 1] }, axis: { tickCount: 6, format: '.2~g' } };
  const tooltip = [
    { field: 'parameter', type: 'nominal' },
    { field: 'mu_star', type: 'quantitative', title: 'μ*', format: '.3~g' },
    { field: 'mu', type: 'quantitative', title: 'μ', format: '.3~g' },
    { field: 'sigma', type: 'quantitative', title: 'σ', format: '.3~g' },
  ];
  const layers: VlSpec[] = [
    { data: { values: [{ mu_star: 0, sigma: 0 }, { mu_star: max * 1.1 || 1, sigma: max * 1.1 || 1 }] }, mark: { type: 'line', strokeDash: [2, 3], color: '#999' }, encoding: { x, y } },
    { data: { values: opts.points }, mark: { type: 'circle', size: 70, color: '#1f6feb' }, encoding: { x, y, tooltip } },
    { data: { values: opts.points }, mark: { type: 'text', align: 'left', dx: 6, dy: -6, fontSize: 11 }, encoding: { x, y, text: { field: 'parameter' } } },
  ];
  if (opts.noise !== undefined) {
    layers.push({ data: { values: [{ mu_star: opts.noise }] }, mark: { type: 'rule', strokeDash: [6, 4], color: '#b00' }, encoding: { x: { field: 'mu_star', type: 'quantitative' } } });
  }
  return { title: { text: opts.title, subtitle: opts.subtitle }, width: 420, height: 320, layer: layers };
}
