// backtest on the four-region scenario: every target beside its simulated mean and interval,
// regional R² and RMSE recomputed by hand from the replications' regions.csv.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitStats } from '../../src/experiment/backtest/fit.ts';
import { csvRecords, tempDir } from './helpers.ts';
import { drawInNode, extractSpecs } from '../report/helpers.ts';

const BIN = join(import.meta.dirname, '../../bin/factorflow.js');
const SCENARIO = join(import.meta.dirname, 'fixtures/four-regions.json');
const OBSERVED = { A: 0.3, B: 0.28, C: 0.22, D: 0.2 };

describe('factorflow backtest', () => {
  const dir = tempDir('backtest');
  const targets = join(dir, 'targets.json');
  writeFileSync(targets, JSON.stringify({
    name: 'made-up',
    national: [{ column: 'sd_log_gdp_pc', step: 8, value: 0.4, weight: 1000 }],
    figures: [{ figure: 'speed', value: 0.03, weight: 10000 }],
    regions: [{ measure: 'population_share', step: 8, weight: 100, values: OBSERVED }],
  }));
  const out = join(dir, 'out');

  it('prints and writes each target against its simulated mean and 95% interval', () => {
    const run = spawnSync(process.execPath, [BIN, 'backtest', SCENARIO, '--targets', targets, '--reps', '3', '--workers', '1', '--out', out, '-q'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/four-regions: 3 replications, seeds 1\.\.3/);
    expect(run.stdout).toMatch(/sd_log_gdp_pc@8 +0\.4000 +[\d.]+ +\[[\d.]+, [\d.]+\] +(yes|no)/);
    expect(run.stdout).toMatch(/population share @8 +4 +-?[\d.]+ +[\d.]+/);
    expect(run.stdout).toMatch(/national indices/);

    // By hand: population shares at step 8 in each replication, their mean, R² and RMSE.
    const shares = [1, 2, 3].map((r) => {
      const rows = csvRecords(join(out, `rep-${r}`, 'regions.csv')).filter((row) => row.step === '8');
      const total = rows.reduce((s, row) => s + Number(row.population), 0);
      return Object.fromEntries(rows.map((row) => [row.region, Number(row.population) / total]));
    });
    const ids = Object.keys(OBSERVED) as (keyof typeof OBSERVED)[];
    const mean = ids.map((id) => shares.reduce((s, x) => s + x[id], 0) / 3);
    const rows = csvRecords(join(out, 'backtest.csv'));
    ids.forEach((id, i) => {
      const row = rows.find((r) => r.moment === `population_share.${id}@8`)!;
      expect(Number(row.mean)).toBeCloseTo(mean[i], 12);
      expect(Number(row.ci_low)).toBeLessThanOrEqual(Number(row.mean));
      expect(Number(row.observed)).toBe(OBSERVED[id]);
    });
    const fit = fitStats(mean, ids.map((id) => OBSERVED[id]));
    const summary = JSON.parse(readFileSync(join(out, 'backtest.json'), 'utf8'));
    expect(summary.regions[0]).toMatchObject({ measure: 'population_share', step: 8, n: 4 });
    expect(summary.regions[0].r2).toBeCloseTo(fit.r2, 12);
    expect(summary.regions[0].rmse).toBeCloseTo(fit.rmse, 12);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Population shares at step 8');
    expect(html).toContain('Convergence indices over time');
  }, 120_000);

  it('draws every chart of its report without a warning', async () => {
    const specs = extractSpecs(readFileSync(join(out, 'report.html'), 'utf8'));
    expect(Object.keys(specs)).toContain('fit-population-share');
    for (const [id, spec] of Object.entries(specs)) {
      const { svg, warnings } = await drawInNode(spec);
      expect(warnings, id).toEqual([]);
      expect(svg).toContain('<svg');
    }
  }, 60_000);

  it('measures R² against the 45° line', () => {
    // Perfect ranking but halved spread: R² = 1 − Σ(0.5d)²/Σd² = 0.75.
    expect(fitStats([0.5, -0.5, 0], [1, -1, 0]).r2).toBeCloseTo(0.75, 12);
    expect(fitStats([1, 2], [1, 2])).toEqual({ n: 2, r2: 1, rmse: 0 });
  });
});
