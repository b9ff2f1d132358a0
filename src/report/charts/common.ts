// Building blocks shared by the chart modules: sizes, the step axis, lines with bands.
import type { VlSpec } from '../page.ts';

export const WIDTH = 560;
export const HEIGHT = 240;
/** Small multiples (one panel per outcome). */
export const PANEL_WIDTH = 200;
export const PANEL_HEIGHT = 130;
export const PANEL_COLUMNS = 4;

/**
 * Axis labels for money and people: 1.2e13 reads "12tn", 3.4e7 "34M"; small values keep
 * the default label. (d3's SI format would write 0.28 as "280m".)
 */
export const COMPACT_LABELS =
  "abs(datum.value) >= 1e12 ? format(datum.value / 1e12, '.3~g') + 'tn'" +
  " : abs(datum.value) >= 1e9 ? format(datum.value / 1e9, '.3~g') + 'bn'" +
  " : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, '.3~g') + 'M' : datum.label";

/** The same rule for text written in cells, e.g. a heat map's values. */
export function compactNumber(v: number | null): string {
  if (v === null) return '';
  const a = Math.abs(v);
  const short = (x: number): string => String(Number(x.toPrecision(3)));
  if (a >= 1e12) return `${short(v / 1e12)}tn`;
  if (a >= 1e9) return `${short(v / 1e9)}bn`;
  if (a >= 1e6) return `${short(v / 1e6)}M`;
  if (a >= 1e4) return `${short(v / 1e3)}k`;
  return short(v);
}

/** One point of a named series over time; low/high bound a band when present. */
export interface SeriesPoint {
  step: number;
  series: string;
  value: number | null;
  low?: number | null;
  high?: number | null;
}

export const STEP_AXIS = {
  field: 'step',
  type: 'quantitative',
  title: 'step (year)',
  axis: { tickMinStep: 1, format: 'd' },
  // The axis ends at the last step: a "nice" domain would run a 25-step run to 26 or 30.
  scale: { nice: false },
} as const;

/** A colour legend listing the series in the order given (not alphabetical). */
export function seriesColor(series: string[], title: string | null = null): VlSpec {
  return { field: 'series', type: 'nominal', title, scale: { domain: series }, legend: { orient: 'bottom', direction: 'vertical', labelLimit: 420 } };
}

/** Distinct values in first-seen order. */
export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Lines of each series over the steps; with `band`, a shaded interval from low to high
 * behind each line (the 95% interval across replications).
 */
export function linesOverTime(opts: { title: string; yTitle: string; points: SeriesPoint[]; band: boolean }): VlSpec {
  const series = unique(opts.points.map((p) => p.series));
  const tooltip = [
    { field: 'series', type: 'nominal', title: 'series' },
    { field: 'step', type: 'quantitative', title: 'step' },
    { field: 'value', type: 'quantitative', title: opts.band ? 'mean' : 'value', format: '.4~g' },
    ...(opts.band
      ? [
          { field: 'low', type: 'quantitative', title: '95% low', format: '.4~g' },
          { field: 'high', type: 'quantitative', title: '95% high', format: '.4~g' },
        ]
      : []),
  ];
  const line = {
    mark: { type: 'line', point: true, strokeWidth: 2 },
    encoding: { y: { field: 'value', type: 'quantitative', title: opts.yTitle, scale: { zero: false }, axis: { labelExpr: COMPACT_LABELS } }, tooltip },
  };
  const band = {
    mark: { type: 'area', opacity: 0.18 },
    encoding: { y: { field: 'low', type: 'quantitative', title: opts.yTitle }, y2: { field: 'high' } },
  };
  return {
    title: opts.title,
    width: WIDTH,
    height: HEIGHT,
    data: { values: opts.points },
    encoding: { x: STEP_AXIS, color: seriesColor(series) },
    layer: opts.band ? [band, line] : [line],
  };
}
