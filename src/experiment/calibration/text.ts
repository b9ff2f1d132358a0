// What calibrate prints: the fitted values with their profile intervals, the objective, the
// national and figure moments, and a one-line summary of each block of regional moments.
import { fmt, interval, textTable } from '../text.ts';
import type { BacktestResult } from './backtest.ts';
import type { CalibrationResult } from './calibrate.ts';
import type { FreeParam } from './free.ts';
import type { Moment } from './targets.ts';

const bound = (x: number, open: boolean, side: 'lo' | 'hi'): string => `${open ? (side === 'lo' ? '≤' : '≥') : ''}${fmt(x)}`;

/** Root mean square deviation of each block of regional moments. */
function blockRows(moments: readonly Moment[], simulated: readonly number[]): string[][] {
  const blocks = new Map<string, number[]>();
  moments.forEach((m, i) => {
    if (m.kind !== 'region') return;
    const name = `${m.name} (${moments.filter((o) => o.kind === 'region' && o.name === m.name && o.step === m.step).length} regions) @${m.step}`;
    if (!blocks.has(name)) blocks.set(name, []);
    blocks.get(name)!.push(simulated[i] - m.observed);
  });
  return [...blocks].map(([name, d]) => [name, fmt(Math.sqrt(d.reduce((s, x) => s + x * x, 0) / d.length))]);
}

export function calibrationText(result: CalibrationResult, free: readonly FreeParam[], moments: readonly Moment[], withReport: boolean): string {
  const { best, evaluations, intervals, out } = result;
  const params = free.map((f, i) => [
    f.key, fmt(best.values[i]),
    Number.isFinite(intervals[i].lo) ? `[${bound(intervals[i].lo, intervals[i].loOpen, 'lo')}, ${bound(intervals[i].hi, intervals[i].hiOpen, 'hi')}]` : 'n/a (no profile)',
    `${fmt(f.lo)}:${fmt(f.hi)}`,
  ]);
  const rows = moments.flatMap((m, i) => (m.kind === 'region' ? [] : [[m.id, fmt(m.observed), fmt(best.simulated[i]), fmt(m.weight), fmt(m.weight * (best.simulated[i] - m.observed) ** 2)]]));
  return [
    `${evaluations.length} evaluations (${result.ran} runs now); best: evaluation ${best.index}, objective ${fmt(best.objective)}`,
    textTable(['parameter', 'fitted', 'profile interval (Δobjective ≤ 1)', 'bounds'], params),
    '',
    textTable(['moment', 'observed', 'simulated', 'weight', 'weighted sq. dev.'], rows),
    '',
    textTable(['regional moments', 'RMSE'], blockRows(moments, best.simulated)),
    ...result.warnings.map((w) => `warning: ${w}`),
    `Results: ${out}/ (calibration.json, evaluations.csv, fitted.json, design-runs.csv, runs/${withReport ? ', report.html' : ''})`,
  ].join('\n');
}

const MEASURE_LABELS: Record<string, string> = {
  log_gdp_pc_relative: 'ln GDP per person / national',
  gdp_pc_relative: 'GDP per person / national',
  population_share: 'population share',
  urban_share: 'urban share',
};

const INDEX_COLUMNS = ['cv_gdp_pc', 'sd_log_gdp_pc', 'theil', 'gini_regions'] as const;

/** The national index paths: means across replications at every fifth step and the last. */
function indexPaths(result: BacktestResult): string {
  const { national } = result.replications;
  const last = Math.max(...national.map((s) => s.step));
  const steps = [...new Set(national.map((s) => s.step))].filter((s) => s % 5 === 0 || s === last);
  const rows = steps.map((step) => [String(step), ...INDEX_COLUMNS.map((o) => fmt(national.find((s) => s.step === step && s.outcome === o)?.mean ?? NaN))]);
  return textTable(['step', ...INDEX_COLUMNS], rows);
}

export function backtestText(result: BacktestResult, withReport: boolean): string {
  const { stats, blocks, replications } = result;
  const seeds = replications.seeds;
  const rows = stats.filter((s) => s.moment.kind !== 'region').map((s) => {
    const inside = s.ci_low <= s.moment.observed && s.moment.observed <= s.ci_high;
    return [s.moment.id, fmt(s.moment.observed), fmt(s.mean), interval(s), Number.isFinite(s.ci_low) ? (inside ? 'yes' : 'no') : 'n/a'];
  });
  const blockRows = blocks.map((b) => [`${MEASURE_LABELS[b.measure] ?? b.measure} @${b.step}`, String(b.fit.n), fmt(b.fit.r2, 3), fmt(b.fit.rmse, 3)]);
  return [
    `${replications.runs[0]?.scenario}: ${seeds.length} replications, seeds ${seeds[0]}..${seeds[seeds.length - 1]} (${replications.ran} run now); objective ${fmt(result.objective)}`,
    textTable(['target', 'observed', 'simulated mean', '95% CI', 'observed in CI'], rows),
    '',
    textTable(['regional target (mean of replications)', 'regions', 'R²', 'RMSE'], blockRows),
    '',
    'national indices (means across replications):',
    indexPaths(result),
    `Results: ${result.out}/ (backtest.csv, backtest.json, national-summary.csv, rep-<i>/${withReport ? ', report.html' : ''})`,
  ].join('\n');
}
