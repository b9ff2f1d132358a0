// The readable tables experiments print: means with 95% intervals, and differences, under
// the labels and units of src/metrics/catalogue.ts (the reports and the page use the same).
import { labelWithUnit } from '../metrics/index.ts';
import { NATIONAL_SUMMARY, REGIONS_SUMMARY } from './file-names.ts';
import { MAIN_OUTCOMES, type RunFigure } from './outcomes.ts';
import type { ReplicationsResult } from './replications.ts';
import type { Stat } from './stats.ts';
import type { Comparison, ComparisonRow } from './compare.ts';
import type { SweepDesign } from './grid.ts';
import type { SweepResult } from './sweep.ts';
import { betaNote, replicationsNote } from './warnings.ts';

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

const CLIPPED_NOTE = '* interval cut to the valid range of the quantity (e.g. a share in [0, 1]; docs/outputs.md)';

/** Rows of cells as aligned text: the first column left-aligned, the others right. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const FIGURES: RunFigure[] = ['beta', 'halfLife', 'sigma_change'];

export interface TextOptions {
  /** The scenario's money unit (yuan, or model units). */
  money?: string;
  /** Regions of the scenario: the points of the β regression. */
  regions?: number;
}

export function replicationsText(result: ReplicationsResult, withReport: boolean, options: TextOptions = {}): string {
  const { national, figures, seeds, out, ran } = result;
  const money = options.money ?? 'yuan';
  const last = Math.max(...national.map((r) => r.step));
  const rows = MAIN_OUTCOMES.map((o) => {
    const s = national.find((r) => r.step === last && r.outcome === o)!;
    return [labelWithUnit(o, money), fmt(s.mean), fmt(s.sd), interval(s)];
  });
  const figureRows = FIGURES.map((f) => [labelWithUnit(f, money), fmt(figures[f].mean), fmt(figures[f].sd), interval(figures[f])]);
  const clipped = [...national.filter((r) => r.step === last), ...Object.values(figures)].some((s) => s.ci_clipped);
  return [
    `${result.runs[0]?.scenario}: ${seeds.length} replications, seeds ${seeds[0]}..${seeds[seeds.length - 1]}`
      + ` (${ran} run now, ${seeds.length - ran} already done)`,
    textTable([`at step ${last}`, 'mean', 'sd', '95% CI'], [...rows, ...figureRows]),
    ...(clipped ? [CLIPPED_NOTE] : []),
    ...replicationsNote(seeds.length),
    ...(options.regions !== undefined ? betaNote(options.regions) : []),
    `Results: ${out}/ (rep-<i>/, ${NATIONAL_SUMMARY}, ${REGIONS_SUMMARY}, summary.json${withReport ? ', report.html' : ''})`,
  ].join('\n');
}

/** "higher" / "lower" when the 95% interval of the difference excludes 0, "–" otherwise. */
export function effectMark(r: Pick<ComparisonRow, 'ci_low' | 'ci_high'>): string {
  if (!Number.isFinite(r.ci_low) || !Number.isFinite(r.ci_high)) return 'n/a';
  if (r.ci_low > 0) return '▲ higher';
  if (r.ci_high < 0) return '▼ lower';
  return '–';
}

/** The differences of each policy at `steps` for the main outcomes and run-level figures. */
export function comparisonText(baseline: string, comparison: Comparison, steps: number[], options: TextOptions = {}): string {
  const { rows, figures, seeds } = comparison;
  const money = options.money ?? 'yuan';
  const policies = [...new Set(rows.map((r) => r.scenario))];
  const cells = (r: ComparisonRow, label: string) =>
    [label, String(r.step), fmt(r.baseline_mean), fmt(r.policy_mean), fmt(r.diff_mean), interval(r), effectMark(r)];
  const header = (p: string) => ['outcome', 'step', baseline, p === baseline ? 'policy' : p, 'difference', '95% CI', 'clear effect'];
  const tables = policies.map((p) => {
    const body = MAIN_OUTCOMES.flatMap((o) => steps.map((s) => rows.find((r) => r.scenario === p && r.outcome === o && r.step === s)!))
      .map((r) => cells(r, labelWithUnit(r.outcome, money)));
    const runLevel = FIGURES.map((f) => cells(figures.find((r) => r.scenario === p && r.outcome === f)!, labelWithUnit(f, money)));
    return [
      `${p} − ${baseline}: ${seeds.length} pairs with common seeds ${seeds[0]}..${seeds[seeds.length - 1]}`,
      textTable(header(p), [...body, ...runLevel]),
    ].join('\n');
  });
  const notes = [
    '▲/▼: the 95% interval of the difference excludes 0 (a clear effect); –: the replications cannot tell the two apart',
    ...replicationsNote(seeds.length),
    ...(options.regions !== undefined ? betaNote(options.regions) : []),
  ];
  return [...tables, notes.join('\n')].join('\n\n');
}

const SWEEP_OUTCOMES = ['gdp_per_capita', 'sd_log_gdp_pc', 'theil', 'gini_households'] as const;

/** Means with their 95% intervals at the last step per point (the first 30 points). */
export function sweepText(design: SweepDesign, result: SweepResult, withReport: boolean, options: TextOptions = {}): string {
  const step = result.last[0]?.[0]?.step ?? 0;
  const reps = result.runs / design.points.length;
  const cell = (s: Stat) => (Number.isFinite(s.ci_low) ? `${fmt(s.mean)} ${interval(s)}` : fmt(s.mean));
  const rows = result.last.slice(0, 30).map((stats, p) => [
    String(p + 1), ...design.points[p].map(String),
    ...SWEEP_OUTCOMES.map((o) => cell(stats.find((s) => s.outcome === o)!)),
  ]);
  const more = result.last.length > 30 ? [`... ${result.last.length - 30} more points in points.csv`] : [];
  const clipped = result.last.flat().some((s) => s.ci_clipped && (SWEEP_OUTCOMES as readonly string[]).includes(s.outcome));
  return [
    `${design.points.length} points × ${reps} replications: ${result.ran} runs now, ${result.runs - result.ran} already done`,
    `At step ${step}: mean across replications [95% CI]`,
    textTable(['point', ...design.keys, ...SWEEP_OUTCOMES.map((o) => labelWithUnit(o, options.money))], rows),
    ...more,
    ...(clipped ? [CLIPPED_NOTE] : []),
    ...replicationsNote(reps),
    `Results: ${result.out}/ (runs.csv, points.csv, point-figures.csv, runs/${withReport ? ', report.html' : ''})`,
  ].join('\n');
}
