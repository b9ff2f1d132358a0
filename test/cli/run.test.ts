// `factorflow run` as users run it: files written whole, a readable summary, clear errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIONAL_COLUMNS, REGION_COLUMNS } from '../../src/engine/index.ts';

const factorflow = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/factorflow.js', ...args], { encoding: 'utf8' });

describe('factorflow run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ff-run-'));
  const out = join(dir, 'out');
  const r = factorflow('run', 'china-2020', '--steps', '4', '--set', 'params.laborAgents=3000', '--seed', '9', '--out', out, '--quiet', '--no-report');

  it('exits 0 and prints start and end of the main indices, β and where the files are', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^china-2020 \(seed 9\): steps 0 → 4/);
    expect(r.stdout).toMatch(/Theil index of regional GDP per person\s+[\d.]+\s+[\d.]+/);
    expect(r.stdout).toMatch(/β-convergence: β = -?[\d.]+/);
    expect(r.stdout).toContain(`Results: ${out}/`);
  });

  it('warns once on stderr, and in summary.json, when the relocation subsidy is scaled down', () => {
    const scaled = join(mkdtempSync(join(tmpdir(), 'ff-run-scaled-')), 'out');
    const w = factorflow('run', 'industrial-relocation', '--steps', '3', '--set', 'params.laborAgents=2000',
      '--set', 'policy.relocationSubsidy.rate=0.5', '--out', scaled, '--quiet', '--no-report');
    expect(w.status, w.stderr).toBe(0);
    expect(w.stderr.match(/^warning: .*relocation subsidy.*scaled down/gm)).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(scaled, 'summary.json'), 'utf8')).warnings).toHaveLength(1);
    expect(r.stderr).not.toMatch(/warning/);
  });

  it('writes the results files with the documented columns, one row per step (and region)', () => {
    expect(readdirSync(out).sort()).toEqual(['flows.csv', 'manifest.json', 'national.csv', 'origins.csv', 'regions.csv', 'scenario.json', 'summary.json']);
    const national = readFileSync(join(out, 'national.csv'), 'utf8').trim().split('\n');
    expect(national[0]).toBe(NATIONAL_COLUMNS.join(','));
    expect(national).toHaveLength(1 + 5);
    const regions = readFileSync(join(out, 'regions.csv'), 'utf8').trim().split('\n');
    expect(regions[0]).toBe(REGION_COLUMNS.join(','));
    expect(regions).toHaveLength(1 + 5 * 31);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ kind: 'run', seed: 9, steps: 4, scenario: 'china-2020' });
    expect(manifest.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    const scenario = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8'));
    expect(scenario.params.laborAgents).toBe(3000);
    expect(scenario.links[0].cost).toBeGreaterThan(0);
  });

  it('leaves no temporary folder behind', () => {
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('rejects a bad --set with one line naming the key, exit 2, and writes nothing', () => {
    const bad = join(dir, 'bad');
    const e = factorflow('run', 'two-regions', '--set', 'policy.hukouPenality=0.5', '--out', bad, '--quiet');
    expect(e.status).toBe(2);
    expect(e.stderr.trim().split('\n')).toHaveLength(1);
    expect(e.stderr).toMatch(/hukouPenality.*did you mean.*hukouPenalty/);
    expect(e.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(bad)).toBe(false);
  });

  it('rejects a missing scenario file and a negative population with exit 2', () => {
    const missing = factorflow('run', join(dir, 'nope.json'), '--quiet');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json/);
    const file = join(dir, 'neg.json');
    writeFileSync(file, JSON.stringify({
      extends: 'two-regions',
      regions: [
        { id: 'A', name: 'A', group: 'g', population: -5, urbanShare: 0.5, tfp: 1 },
        { id: 'B', name: 'B', group: 'g', population: 10, urbanShare: 0.5, tfp: 1 },
      ],
    }));
    const neg = factorflow('run', file, '--quiet', '--out', join(dir, 'neg'));
    expect(neg.status).toBe(2);
    expect(neg.stderr).toMatch(/regions\[0\]\.population: must be .*positive.*\(got -5\)/);
    expect(existsSync(join(dir, 'neg'))).toBe(false);
  });

  it('stops at a command-line mistake: one line naming the flag, exit 2, nothing run', () => {
    const seed = factorflow('run', 'two-regions', '--seed', 'abc', '--quiet');
    expect(seed.status).toBe(2);
    expect(seed.stderr.trim()).toBe('--seed: must be a whole number ≥ 0 (got not a number)');
    const out = join(dir, 'compare-one');
    const compare = factorflow('compare', 'two-regions', '--out', out, '--quiet');
    expect(compare.status).toBe(2);
    expect(compare.stderr.trim().split('\n')).toHaveLength(1);
    expect(compare.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
