// What `factorflow backtest` prints: each national and run-level target beside the simulated
// mean and its 95% interval, the regional blocks' R² and RMSE, and the national index paths.
import { fmt, interval, textTable } from '../summary/text.ts';
import type { BacktestResult } from './backtest.ts';

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
