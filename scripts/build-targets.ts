// Writes scenarios/targets/china-2000-to-2020.json, the moments calibrate fits china-2000 to,
// from ../shared/data. Run: npx tsx scripts/build-targets.ts <data folder>
//
// Weights follow one rule: each goal contributes 1 to the objective when it misses by its
// tolerance. A national moment with tolerance t gets weight 1/t²; a block of N regional values
// whose goal is an RMSE of t gets 1/(N·t²) per region (the block then adds RMSE²/t²).
// The tolerances are the goal figures of docs/calibration.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { betaConvergence, cv, sdLog, theil } from '../src/metrics/index.ts';
import { formatJson } from './format-json.ts';

type Row = Record<string, string>;

const OUT = fileURLToPath(new URL('../scenarios/targets/china-2000-to-2020.json', import.meta.url));
const STEP = 20;
const YEARS = 20;

/** Goal tolerances (docs/calibration.md). */
export const TOLERANCE = {
  cv_gdp_pc: 0.03,
  sd_log_gdp_pc: 0.03,
  theil: 0.01,
  /** Convergence speed, per year: the goal is 1.5%–4%; the observed value ± 1 point. */
  speed: 0.01,
  /** RMSE of log relative GDP per person at which R² across provinces is about 0.85. */
  log_gdp_pc_relative: 0.14,
  /** RMSE of population shares: 0.3 percentage points. */
  population_share: 0.003,
  /** RMSE of urban shares: 5 percentage points (no goal in the issue; the 2000 shares are estimates). */
  urban_share: 0.05,
};

const round = (x: number, digits = 6) => Number(x.toPrecision(digits));

function readCsv(dataDir: string, file: string): Row[] {
  return parse(readFileSync(join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

export function buildTargets(dataDir: string) {
  const y2020 = readCsv(dataDir, 'china-provinces-2020.csv');
  const y2000 = new Map(readCsv(dataDir, 'china-provinces-2000.csv').map((r) => [r.iso, r]));
  const ids = y2020.map((r) => r.iso.replace(/^CN-/, ''));
  const pop = y2020.map((r) => Number(r.population_2020));
  const gdp = y2020.map((r) => Number(r.gdp_2020_100m_yuan) * 1e8);
  const gdpPc = gdp.map((g, i) => g / pop[i]);
  const initial = y2020.map((r) => {
    const old = y2000.get(r.iso)!;
    return (Number(old.gdp_2000_100m_yuan) * 1e8) / (Number(old.population_2000_10k) * 1e4);
  });
  const totalPop = pop.reduce((s, p) => s + p, 0);
  const national = gdp.reduce((s, g) => s + g, 0) / totalPop;
  const n = ids.length;
  const perRegion = (t: number) => round(1 / (n * t * t), 4);
  const values = (f: (i: number) => number) => Object.fromEntries(ids.map((id, i) => [id, round(f(i))]));
  const beta = betaConvergence(initial, gdpPc, YEARS);
  const nationalTarget = (column: keyof typeof TOLERANCE, value: number, note: string) =>
    ({ column, step: STEP, value: round(value, 4), weight: round(1 / TOLERANCE[column] ** 2, 4), note });
  return {
    $schema: './schema.json',
    name: 'china-2000-to-2020',
    description:
      'China\'s 31 provinces in 2020 as moments for china-2000 after 20 steps. GDP per person: nominal 2020 GDP (China Statistical ' +
      'Yearbook 2021) / census population (Seventh National Population Census); population and urban shares: the same census. ' +
      'β-convergence speed: growth of nominal GDP per person 2000-2020 (China Statistical Yearbook series) on its 2000 log, unweighted ' +
      '(a common price level changes the intercept only). Weights: each goal adds 1 to the objective when it misses by its tolerance ' +
      '(1/t² for a national figure, 1/(31·t²) per province for a regional block whose goal is an RMSE of t); built by scripts/build-targets.ts.',
    national: [
      nationalTarget('cv_gdp_pc', cv(gdpPc), 'CV of provincial GDP per person, unweighted; tolerance 0.03'),
      nationalTarget('sd_log_gdp_pc', sdLog(gdpPc), 'sd of log GDP per person; tolerance 0.03'),
      nationalTarget('theil', theil(gdpPc, pop), 'Theil T of GDP per person, population-weighted; tolerance 0.01'),
    ],
    figures: [
      { figure: 'speed', value: round(beta.speed, 4), weight: round(1 / TOLERANCE.speed ** 2, 4), note: `β-convergence speed per year 2000-2020 (β = ${round(beta.beta, 4)}); tolerance 0.01` },
    ],
    regions: [
      { measure: 'log_gdp_pc_relative', step: STEP, weight: perRegion(TOLERANCE.log_gdp_pc_relative), note: 'ln(GDP per person / national GDP per person); RMSE tolerance 0.14', values: values((i) => Math.log(gdpPc[i] / national)) },
      { measure: 'population_share', step: STEP, weight: perRegion(TOLERANCE.population_share), note: 'share of the 31 provinces\' residents; RMSE tolerance 0.003', values: values((i) => pop[i] / totalPop) },
      { measure: 'urban_share', step: STEP, weight: perRegion(TOLERANCE.urban_share), note: 'urban residents / residents; RMSE tolerance 0.05', values: values((i) => Number(y2020[i].urbanization_2020) / 100) },
    ],
  };
}

function main(): void {
  const dataDir = process.argv[2];
  if (!dataDir) {
    console.error('usage: npx tsx scripts/build-targets.ts <data folder, e.g. ../shared/data>');
    process.exit(2);
  }
  writeFileSync(OUT, formatJson(buildTargets(dataDir)));
  console.log('scenarios/targets/china-2000-to-2020.json');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
