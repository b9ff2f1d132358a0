import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { runFiles } from '../../src/io/run-files.ts';
import { runReplications } from '../../src/experiment/replications/replications.ts';
import { replicationSeeds } from '../../src/experiment/runs/seeds.ts';
import { csvRecords, dataFiles, tempDir, tiny } from './helpers.ts';

const scenario = tiny();
const seeds = replicationSeeds(scenario.seed, 3);
/** Equal up to rounding relative to `scale` (the sums may round differently in the last bits). */
const expectClose = (actual: number, expected: number, scale = expected) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(scale)));
let one: string;
let two: string;

beforeAll(async () => {
  one = join(tempDir('reps'), 'w1');
  two = join(tempDir('reps'), 'w2');
  await runReplications(scenario, seeds, { out: one, workers: 1 });
  await runReplications(scenario, seeds, { out: two, workers: 2 });
}, 60_000);

describe('replications', () => {
  it('writes byte-identical files with 1 and 2 worker threads', () => {
    const a = dataFiles(one);
    expect(Object.keys(a)).toContain('rep-3/regions.csv');
    expect(dataFiles(two)).toEqual(a);
  });

  it('makes replication 1 the single run with the base seed', () => {
    // docs/experiments.md: seed_i = base + i − 1, so rep-1 equals `factorflow run`.
    const single = runFiles(simulate(scenario), scenario);
    expect(readFileSync(join(one, 'rep-1/national.csv'), 'utf8')).toBe(single['national.csv']);
    expect(JSON.parse(readFileSync(join(one, 'rep-2/summary.json'), 'utf8')).seed).toBe(scenario.seed + 1);
  });

  it('aggregates each step and outcome as mean, sd and t-interval of the replications', () => {
    const reps = [1, 2, 3].map((i) => csvRecords(join(one, `rep-${i}/national.csv`)));
    const agg = csvRecords(join(one, 'national-summary.csv'));
    // Every outcome of the run file at steps 0..5 (the living-standards, fixed-weight, firm
    // and money columns included): 34 outcomes × 6 steps.
    expect(agg.length).toBe(34 * 6);
    expect(agg.some((r) => r.outcome === 'cv_living_standard')).toBe(true);
    for (const row of agg.filter((r) => ['gdp_per_capita', 'theil', 'migrant_share'].includes(r.outcome))) {
      const xs = reps.map((rows) => Number(rows.find((r) => r.step === row.step)![row.outcome]));
      const mean = (xs[0] + xs[1] + xs[2]) / 3;
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / 2);
      const half = 4.302652729911275 * sd / Math.sqrt(3); // R > qt(0.975, 2) 4.302653
      expectClose(Number(row.mean), mean);
      expectClose(Number(row.sd), sd, mean);
      // Intervals stay within each quantity's valid range (a share in [0, 1], GDP and Theil ≥ 0).
      const [lo, hi] = row.outcome === 'migrant_share' ? [0, 1] : [0, Infinity];
      expectClose(Number(row.ci_low), Math.max(lo, mean - half));
      expectClose(Number(row.ci_high), Math.min(hi, mean + half));
      expect(row.ci_clipped).toBe(mean - half < lo || mean + half > hi ? '1' : '0');
      expect(row.n).toBe('3');
    }
    // Step 0 has nobody outside their hukou region in any replication: sd 0, nothing to clip.
    // Later, a share near 0 with 3 replications gives a t-interval reaching below 0: clipped.
    expect(agg.some((r) => r.outcome === 'migrant_share' && r.ci_clipped === '1' && r.ci_low === '0')).toBe(true);
  });

  it('writes regions-summary.csv: mean, sd and interval of every region outcome by step and region', () => {
    const reps = [1, 2, 3].map((i) => csvRecords(join(one, `rep-${i}/regions.csv`)));
    const agg = csvRecords(join(one, 'regions-summary.csv'));
    expect(Object.keys(agg[0])).toEqual(['step', 'region', 'outcome', 'mean', 'sd', 'ci_low', 'ci_high', 'n', 'ci_clipped']);
    const outcomes = new Set(agg.map((r) => r.outcome));
    expect(outcomes.has('gdp_per_capita') && outcomes.has('population')).toBe(true);
    expect(agg.length).toBe(reps[0].length * outcomes.size);
    for (const row of agg.filter((r) => r.outcome === 'gdp_per_capita')) {
      const xs = reps.map((rows) => Number(rows.find((r) => r.step === row.step && r.region === row.region)!.gdp_per_capita));
      expectClose(Number(row.mean), (xs[0] + xs[1] + xs[2]) / 3);
    }
  });

  it('summarises the run-level figures of summary.json the same way', () => {
    const betas = [1, 2, 3].map((i) => JSON.parse(readFileSync(join(one, `rep-${i}/summary.json`), 'utf8')).beta.beta as number);
    const summary = JSON.parse(readFileSync(join(one, 'summary.json'), 'utf8'));
    expect(summary.seeds).toEqual(seeds);
    expect(summary.runs.beta.mean).toBeCloseTo((betas[0] + betas[1] + betas[2]) / 3, 12);
    expect(Object.keys(summary.runs)).toEqual(['beta', 'se', 'r2', 'speed', 'halfLife', 'sigma_start', 'sigma_end', 'sigma_change']);
  });

  it('resumes: a rerun runs nothing again and rewrites the same aggregates', async () => {
    const before = statSync(join(one, 'rep-2/manifest.json')).mtimeMs;
    const national = readFileSync(join(one, 'national-summary.csv'), 'utf8');
    const again = await runReplications(scenario, seeds, { out: one, workers: 1 });
    expect(again.ran).toBe(0);
    expect(statSync(join(one, 'rep-2/manifest.json')).mtimeMs).toBe(before);
    expect(readFileSync(join(one, 'national-summary.csv'), 'utf8')).toBe(national);
  });

  it('refuses another design in the same folder unless fresh', async () => {
    await expect(runReplications(scenario, [7, 8], { out: one, workers: 1 })).rejects.toThrow(/holds a different experiment.*--fresh/);
    const fresh = await runReplications(scenario, [7], { out: two, workers: 1, fresh: true });
    expect(fresh.ran).toBe(1);
    expect(Object.keys(dataFiles(two)).filter((f) => f.startsWith('rep-'))).toEqual(
      ['rep-1/flows.csv', 'rep-1/national.csv', 'rep-1/origins.csv', 'rep-1/regions.csv', 'rep-1/scenario.json', 'rep-1/summary.json']);
  });
});
