// The short, readable summary a run prints: start against end of the main indices,
// β-convergence and its half-life, and where the files are.
import type { NationalRow, RunResult } from '../engine/index.ts';

const INDICES: [keyof NationalRow, string, number][] = [
  ['gdp_per_capita', 'GDP per person (yuan)', 0],
  ['cv_gdp_pc', 'CV of regional GDP per person', 3],
  ['sd_log_gdp_pc', 'sd of log GDP per person (σ)', 3],
  ['theil', 'Theil T', 4],
  ['theil_between', '  between groups', 4],
  ['theil_within', '  within groups', 4],
  ['gini_regions', 'Gini across regions', 3],
  ['gini_households', 'Gini of household income', 3],
  ['urban_rural_ratio', 'Urban-rural income ratio', 2],
  ['poverty_rate', 'Poverty rate', 3],
  ['migrant_share', 'Living outside hukou region', 3],
  ['cv_living_standard', 'CV of living standards', 3],
  ['theil_fixed_weights', 'Theil T, step-0 populations', 4],
];

const fmt = (x: number, digits: number) =>
  Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';

export function runSummaryText(result: RunResult, out: string, withReport: boolean): string {
  const { first, last, beta, scenario, seed } = result.summary;
  const width = Math.max(...INDICES.map(([, label]) => label.length));
  const lines = [
    `${scenario} (seed ${seed}): steps ${first.step} → ${last.step}`,
    `${''.padEnd(width)}  ${'start'.padStart(12)}  ${'end'.padStart(12)}`,
    ...INDICES.map(([key, label, d]) =>
      `${label.padEnd(width)}  ${fmt(first[key], d).padStart(12)}  ${fmt(last[key], d).padStart(12)}`),
    '',
    `β-convergence: β = ${fmt(beta.beta, 4)} (se ${fmt(beta.se, 4)}, R² ${fmt(beta.r2, 2)}), `
      + `speed ${fmt(beta.speed * 100, 2)}% a year, half-life ${fmt(beta.halfLife, 1)} years`,
    `Results: ${out}/ (national.csv, regions.csv, flows.csv, origins.csv, summary.json${withReport ? ', report.html' : ''})`,
  ];
  return lines.join('\n');
}
