// The readable tables experiments print: means with 95% intervals, and differences.
import { MAIN_OUTCOMES, type RunFigure } from './outcomes.ts';
import type { ReplicationsResult } from './replications.ts';
import type { Stat } from './stats.ts';
import type { Comparison, ComparisonRow } from './compare.ts';
import type { SweepDesign } from './grid.ts';
import type { SweepResult } from './sweep.ts';

/** A number with `digits` significant digits, "n/a" when undefined. */
export function fmt(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return x.toLocaleString('en-US', { minimumFractionDigits: Math.min(decimals, 8), maximumFractionDigits: Math.min(decimals, 8) });
}

export const interval = (s: Pick<Stat, 'ci_low' | 'ci_high'>): string =>
  Number.isFinite(s.ci_low) ? `[${fmt(s.ci_low)}, ${fmt(s.ci_high)}]` : 'n/a';

/** Rows of cells as aligned text: the first column left-aligned, the others right. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const FIGURES: [RunFigure, string][] = [['beta', 'β'], ['halfLife', 'half-life (years)'], ['sigma_change', 'σ change']];

export function replicationsText(result: ReplicationsResult, withReport: boolean): string {
  const { national, figures, seeds, out, ran } = result;
  const last = Math.max(...national.map((r) => r.step));
  const rows = MAIN_OUTCOMES.map((o) => {
    const s = national.find((r) => r.step === last && r.outcome === o)!;
    return [o, fmt(s.mean), fmt(s.sd), interval(s)];
  });
  const figureRows = FIGURES.map(([f, label]) => [label, fmt(figures[f].mean), fmt(figures[f].sd), interval(figures[f])]);
  return [
    `${result.runs[0]?.scenario}: ${seeds.length} replications, seeds ${seeds[0]}..${seeds[seeds.length - 1]}`
      + ` (${ran} run now, ${seeds.length - ran} already done)`,
    textTable([`at step ${last}`, 'mean', 'sd', '95% CI'], [...rows, ...figureRows]),
    `Results: ${out}/ (rep-<i>/, national.csv, summary.json${withReport ? ', report.html' : ''})`,
  ].join('\n');
}

/** The differences of each policy at `steps` for the main outcomes and run-level figures. */
export function comparisonText(baseline: string, comparison: Comparison, steps: number[]): string {
  const { rows, figures, seeds } = comparison;
  const policies = [...new Set(rows.map((r) => r.scenario))];
  const cells = (r: ComparisonRow, label: string) =>
    [label, String(r.step), fmt(r.baseline_mean), fmt(r.policy_mean), fmt(r.diff_mean), interval(r)];
  const header = (p: string) => ['outcome', 'step', baseline, p === baseline ? 'policy' : p, 'difference', '95% CI'];
  return policies.map((p) => {
    const body = MAIN_OUTCOMES.flatMap((o) => steps.map((s) => rows.find((r) => r.scenario === p && r.outcome === o && r.step === s)!))
      .map((r) => cells(r, r.outcome));
    const runLevel = FIGURES.map(([f, label]) => cells(figures.find((r) => r.scenario === p && r.outcome === f)!, label));
    return [
      `${p} − ${baseline}: ${seeds.length} pairs with common seeds ${seeds[0]}..${seeds[seeds.length - 1]}`,
      textTable(header(p), [...body, ...runLevel]),
    ].join('\n');
  }).join('\n\n');
}

const SWEEP_OUTCOMES = ['gdp_per_capita', 'sd_log_gdp_pc', 'theil', 'gini_households'] as const;

/** Means at the last step per point (the first 30 points). */
export function sweepText(design: SweepDesign, result: SweepResult, withReport: boolean): string {
  const step = result.last[0]?.[0]?.step ?? 0;
  const rows = result.last.slice(0, 30).map((stats, p) => [
    String(p + 1), ...design.points[p].map(String),
    ...SWEEP_OUTCOMES.map((o) => fmt(stats.find((s) => s.outcome === o)!.mean)),
  ]);
  const more = result.last.length > 30 ? [`... ${result.last.length - 30} more points in points.csv`] : [];
  return [
    `${design.points.length} points × ${result.runs / design.points.length} replications: ${result.ran} runs now, ${result.runs - result.ran} already done`,
    textTable(['point', ...design.keys, ...SWEEP_OUTCOMES.map((o) => `${o} (step ${step})`)], rows),
    ...more,
    `Results: ${result.out}/ (runs.csv, points.csv, point-figures.csv, runs/${withReport ? ', report.html' : ''})`,
  ].join('\n');
}
