// The pieces of the readable tables experiments print (each kind's text.ts): numbers with
// significant digits, 95% intervals and aligned columns, under the labels and units of
// src/metrics/catalogue.ts (the reports and the page use the same).
import type { RunFigure } from '../runs/outcomes.ts';
import type { Stat } from './stats.ts';

/** A number with `digits` significant digits, "n/a" when undefined. */
export function fmt(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return x.toLocaleString('en-US', { minimumFractionDigits: Math.min(decimals, 8), maximumFractionDigits: Math.min(decimals, 8) });
}

/** "[low, high]", with * when the interval was cut to the quantity's valid range. */
export const interval = (s: Pick<Stat, 'ci_low' | 'ci_high'> & { ci_clipped?: number }): string =>
  Number.isFinite(s.ci_low) ? `[${fmt(s.ci_low)}, ${fmt(s.ci_high)}]${s.ci_clipped ? '*' : ''}` : 'n/a';

export const CLIPPED_NOTE = '* interval cut to the valid range of the quantity (e.g. a share in [0, 1]; docs/outputs.md)';

/** Rows of cells as aligned text: the first column left-aligned, the others right. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The run-level figures the tables show. */
export const FIGURES: RunFigure[] = ['beta', 'halfLife', 'sigma_change'];

export interface TextOptions {
  /** The scenario's money unit (yuan, or model units). */
  money?: string;
  /** Regions of the scenario: the points of the β regression. */
  regions?: number;
}
