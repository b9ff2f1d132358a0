// The fit table of docs/calibration.md from a backtest folder of china-2000 against
// scenarios/targets/china-2000-to-2020.json: each goal figure of the issue, measured.
//   npx tsx scripts/fit-table.ts results/backtest-china-2000/reps-5-seed-1
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/fit-table.ts <backtest folder>');
  process.exit(2);
}
const rows = parse(readFileSync(join(dir, 'backtest.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
const summary = JSON.parse(readFileSync(join(dir, 'backtest.json'), 'utf8')) as { reps: number; regions: { measure: string; r2: number; rmse: number }[] };
const moment = (id: string) => rows.find((r) => r.moment === id)!;
const block = (measure: string) => summary.regions.find((b) => b.measure === measure)!;
const f = (x: number, d = 3) => x.toFixed(d);
const within = (x: number, target: number, tol: number) => Math.abs(x - target) <= tol;

const lines: [string, string, string, boolean][] = [];
for (const [id, label, target, tol] of [
  ['cv_gdp_pc@20', 'CV of GDP per person', 0.435, 0.03],
  ['sd_log_gdp_pc@20', 'sd of log GDP per person', 0.365, 0.03],
  ['theil@20', 'Theil', 0.062, 0.01],
] as const) {
  const m = moment(id);
  lines.push([label, `${target} ± ${tol}`, `${f(Number(m.mean))} [${f(Number(m.ci_low))}, ${f(Number(m.ci_high))}]`, within(Number(m.mean), target, tol)]);
}
const gdp = block('log_gdp_pc_relative');
/** Squared correlation, for comparison: R² of the best line instead of the 45° line. */
function corr2(measure: string): number {
  const pairs = rows.filter((r) => r.name === measure).map((r) => [Number(r.mean), Number(r.observed)]);
  const mean = (k: number) => pairs.reduce((t, p) => t + p[k], 0) / pairs.length;
  const [ms, mo] = [mean(0), mean(1)];
  const sxy = pairs.reduce((t, [x, y]) => t + (x - ms) * (y - mo), 0);
  const sxx = pairs.reduce((t, [x]) => t + (x - ms) ** 2, 0);
  const syy = pairs.reduce((t, [, y]) => t + (y - mo) ** 2, 0);
  return (sxy * sxy) / (sxx * syy);
}
lines.push(['R² of simulated vs observed log GDP per person (45° line; squared correlation in brackets)', '≥ 0.85', `${f(gdp.r2)} (${f(corr2('log_gdp_pc_relative'))})`, gdp.r2 >= 0.85]);
const pop = block('population_share');
lines.push(['RMSE of population shares', '≤ 0.3 points', `${f(pop.rmse * 100, 2)} points`, pop.rmse <= 0.003]);
const speed = moment('speed');
const s = Number(speed.mean);
lines.push(['β-convergence speed', '1.5%–4% a year', `${f(s * 100, 2)}% [${f(Number(speed.ci_low) * 100, 2)}, ${f(Number(speed.ci_high) * 100, 2)}]`, s >= 0.015 && s <= 0.04]);
const urban = block('urban_share');
lines.push(['(no goal) RMSE of urban shares; R²', '—', `${f(urban.rmse * 100, 1)} points; R² ${f(urban.r2)}`, true]);

console.log(`| goal (china-2000 after 20 years, mean of ${summary.reps} seeds) | target | measured [95% CI] | met |`);
console.log('|---|---|---|---|');
for (const [label, target, measured, ok] of lines) console.log(`| ${label} | ${target} | ${measured} | ${target === '—' ? '' : ok ? 'yes' : 'no'} |`);
