// The short, readable summary a run prints: start against end of the main indices (labels
// and units of src/metrics/catalogue.ts, as in the reports and the page), β-convergence and
// its half-life, and where the files are.
import type { NationalRow, RunResult } from '../engine/index.ts';
import { labelWithUnit } from '../metrics/index.ts';
import { betaNote } from '../experiment/summary/warnings.ts';

const INDICES: [keyof NationalRow, number, boolean?][] = [
  ['gdp_per_capita', 0],
  ['cv_gdp_pc', 3],
  ['sd_log_gdp_pc', 3],
  ['theil', 4],
  ['theil_between', 4, true],
  ['theil_within', 4, true],
  ['gini_regions', 3],
  ['gini_households', 3],
  ['urban_rural_ratio', 2],
  ['poverty_rate', 3],
  ['migrant_share', 3],
  ['cv_living_standard', 3],
  ['theil_fixed_weights', 4],
];

const fmt = (x: number, digits: number) =>
  Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';

/** `money`: the scenario's money unit (src/metrics/catalogue.ts, moneyUnit). */
export function runSummaryText(result: Pick<RunResult, 'summary'>, out: string, withReport: boolean, money = 'yuan'): string {
  const { first, last, beta, scenario, seed } = result.summary;
  const labels = INDICES.map(([key, , part]) => `${part ? '  ' : ''}${labelWithUnit(key, money)}`);
  const width = Math.max(...labels.map((l) => l.length));
  const lines = [
    `${scenario} (seed ${seed}): steps ${first.step} → ${last.step}`,
    `${''.padEnd(width)}  ${'start'.padStart(12)}  ${'end'.padStart(12)}`,
    ...INDICES.map(([key, d], i) =>
      `${labels[i].padEnd(width)}  ${fmt(first[key], d).padStart(12)}  ${fmt(last[key], d).padStart(12)}`),
    '',
    `β-convergence: β = ${fmt(beta.beta, 4)} a year (se ${fmt(beta.se, 4)}, R² ${fmt(beta.r2, 2)}), `
      + `speed ${fmt(beta.speed * 100, 2)}% a year, half-life ${fmt(beta.halfLife, 1)} years`,
    ...betaNote(beta.n),
    `Results: ${out}/ (national.csv, regions.csv, flows.csv, origins.csv, summary.json${withReport ? ', report.html' : ''})`,
  ];
  return lines.join('\n');
}
