import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareGroups, readGroup } from '../../src/experiment/compare/compare.ts';
import { runReplications } from '../../src/experiment/replications/replications.ts';
import { OUTCOMES } from '../../src/experiment/runs/outcomes.ts';
import { tempDir, tiny } from './helpers.ts';

const baseline = tiny('china-2020');
const policy = tiny('common-prosperity');
const root = tempDir('compare');
const seeds = [1, 2, 3];

beforeAll(async () => {
  await runReplications(baseline, seeds, { out: join(root, 'base'), workers: 2 });
  await runReplications(policy, seeds, { out: join(root, 'policy'), workers: 2 });
  await runReplications(policy, [2, 3, 4, 5], { out: join(root, 'shifted'), workers: 1 });
}, 60_000);

describe('compare', () => {
  it('gives exactly zero difference for a scenario against itself (common random numbers)', () => {
    const base = readGroup(join(root, 'base'));
    const { rows, figures } = compareGroups(base, [base]);
    expect(rows.length).toBe(OUTCOMES.length * 6); // 19 outcomes × steps 0..5
    for (const r of [...rows, ...figures.filter((f) => f.n > 0)]) {
      expect([r.diff_mean, r.diff_sd, r.ci_low, r.ci_high]).toEqual([0, 0, 0, 0]);
      expect(r.baseline_mean).toBe(r.policy_mean);
    }
  });

  it('differences policy − baseline pair by pair, by seed', () => {
    const cmp = compareGroups(readGroup(join(root, 'base')), [readGroup(join(root, 'policy'))], [5]);
    const row = cmp.rows.find((r) => r.outcome === 'theil')!;
    // By hand from the replication files: the mean of theil(policy, seed s) − theil(baseline, seed s).
    const theil = (dir: string, i: number) => {
      const lines = readFileSync(join(root, dir, `rep-${i}/national.csv`), 'utf8').trim().split('\n');
      const cols = lines[0].split(',');
      return Number(lines[lines.length - 1].split(',')[cols.indexOf('theil')]);
    };
    const diffs = [1, 2, 3].map((i) => theil('policy', i) - theil('base', i));
    expect(row.scenario).toBe('common-prosperity');
    expect(row.step).toBe(5); // the last line of national.csv read above
    expect(row.n).toBe(3);
    expect(row.diff_mean).toBeCloseTo((diffs[0] + diffs[1] + diffs[2]) / 3, 14);
    expect(cmp.steps).toEqual([5]);
  });

  it('pairs only the seeds the folders share', () => {
    const cmp = compareGroups(readGroup(join(root, 'base')), [readGroup(join(root, 'shifted'))]);
    expect(cmp.seeds).toEqual([2, 3]);
    expect(cmp.rows[0].n).toBe(2);
  });

  it('reads a single run folder as a group of one', () => {
    const one = readGroup(join(root, 'base/rep-2'));
    expect(one.runs.map((r) => r.seed)).toEqual([2]);
    expect(one.name).toBe('china-2020');
  });

  it('refuses steps the runs do not have, and groups with no common seed', () => {
    const base = readGroup(join(root, 'base'));
    expect(() => compareGroups(base, [base], [9])).toThrow(/--at: step 9/);
    expect(() => compareGroups(readGroup(join(root, 'base/rep-1')), [readGroup(join(root, 'shifted'))])).toThrow(/no seed is common/);
  });

  it('names a folder that is not a results folder', () => {
    expect(() => readGroup(join(root, 'nothing'))).toThrow(/nothing: no such results folder/);
  });
});
