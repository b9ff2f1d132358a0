// `factorflow sensitivity` end to end on a tiny china-2020 (1000 agents, 4 years).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords, dataFiles, tempDir } from '../helpers.ts';

const BIN = join(import.meta.dirname, '../../../bin/factorflow.js');
const SCENARIO = ['china-2020', '--set', 'params.laborAgents=1000', '--steps', '4', '-q'];
const VARY = ['--vary', 'policy.transfers.rate=0:1', '--vary', 'policy.hukouPenalty=0:2', '--vary', 'params.migrationScale=1:3'];
const OUTCOMES = ['--outcomes', 'sd_log_gdp_pc@0..4', 'gini_households@last', 'beta'];

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, 'sensitivity', ...args], { encoding: 'utf8' });

describe('factorflow sensitivity --method morris', () => {
  const root = tempDir('sensitivity');
  const one = join(root, 'one');
  const morris = (out: string, workers: number, ...extra: string[]) =>
    cli(...SCENARIO, '--method', 'morris', ...VARY, ...OUTCOMES, '--trajectories', '3', '--reps', '3', '--workers', String(workers), '--out', out, ...extra);

  it('writes the design, outputs and tidy indices, the same bytes with 1 and 2 workers', () => {
    const run = morris(one, 1);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(morris(join(root, 'two'), 2, '--no-report').status).toBe(0);
    expect(dataFiles(join(root, 'two'))).toEqual(dataFiles(one));
    // 3 trajectories × (3 + 1) runs, then 3 replications of the base point.
    const design = csvRecords(join(one, 'design.csv'));
    expect(design.length).toBe(15);
    expect(Object.keys(design[0])).toEqual(['run', 'point', 'rep', 'seed', 'role', 'block', 'policy.transfers.rate', 'policy.hukouPenalty', 'params.migrationScale']);
    expect(design.slice(0, 12).every((r) => r.seed === '1' && r.rep === '1')).toBe(true);
    expect(design.slice(12).map((r) => [r.point, r.rep, r.seed, r.role, r['policy.hukouPenalty']])).toEqual([
      ['13', '1', '1', 'base', '1'], ['13', '2', '2', 'base', '1'], ['13', '3', '3', 'base', '1'],
    ]);
    for (const r of design) expect(existsSync(join(one, 'runs', `point-${r.point}-rep-${r.rep}`, 'national.csv'))).toBe(true);
    const rows = csvRecords(join(one, 'sensitivity.csv'));
    expect(Object.keys(rows[0])).toEqual(['method', 'outcome', 'parameter', 'index', 'value', 'ci_low', 'ci_high']);
    // 3 outcomes × (3 parameters × 3 indices + noise share and sd).
    expect(rows.length).toBe(3 * 11);
    expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(['sd_log_gdp_pc@0..4', 'gini_households@4', 'beta']));
    const muStar = rows.find((r) => r.outcome === 'gini_households@4' && r.index === 'mu_star' && r.parameter === 'params.migrationScale')!;
    expect(Number(muStar.ci_low)).toBeLessThanOrEqual(Number(muStar.value));
    expect(run.stdout).toMatch(/rank\s+parameter\s+μ\*/);
    expect(run.stdout).toMatch(/seed noise \(3 seeds/);
    expect(readFileSync(join(one, 'report.html'), 'utf8')).toContain('μ*');
  }, 180_000);

  it('an outcome read off the runs agrees with the run files', () => {
    const outputs = csvRecords(join(one, 'outputs.csv'));
    const national = csvRecords(join(one, 'runs', 'point-5-rep-1', 'national.csv'));
    const sigma = (step: string) => Number(national.find((r) => r.step === step)!.sd_log_gdp_pc);
    expect(Number(outputs[4]['sd_log_gdp_pc@0..4'])).toBe(sigma('4') - sigma('0'));
  });

  it('resumes: the same command runs nothing again, other outcomes only re-analyse', () => {
    const again = morris(one, 1, '--no-report');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 run now, 15 already done/);
    const other = cli(...SCENARIO, '--method', 'morris', ...VARY, '--outcomes', 'theil@2', '--trajectories', '3', '--reps', '3', '--workers', '1', '--out', one, '--no-report');
    expect(other.status).toBe(0);
    expect(other.stdout).toMatch(/0 run now, 15 already done/);
    expect(new Set(csvRecords(join(one, 'sensitivity.csv')).map((r) => r.outcome))).toEqual(new Set(['theil@2']));
  }, 120_000);
});

describe('factorflow sensitivity --method sobol', () => {
  it('runs N(d + 2) design runs and writes S1 and ST with intervals', () => {
    const out = join(tempDir('sobol'), 'out');
    const run = cli(...SCENARIO, '--method', 'sobol', '--n', '4', '--vary', 'policy.transfers.rate=0:1', '--vary', 'policy.hukouPenalty=0:2',
      '--outcomes', 'gini_households@4', '--reps', '2', '--workers', '2', '--out', out, '--no-report');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const design = csvRecords(join(out, 'design.csv'));
    expect(design.length).toBe(4 * 4 + 2);
    expect(design.slice(0, 4).map((r) => r.role)).toEqual(['A', 'AB:policy.transfers.rate', 'AB:policy.hukouPenalty', 'B']);
    const rows = csvRecords(join(out, 'sensitivity.csv'));
    expect(rows.filter((r) => r.index === 'S1' || r.index === 'ST').length).toBe(4);
    expect(run.stdout).toMatch(/rank\s+parameter\s+ST/);
  }, 120_000);
});

describe('factorflow sensitivity: bad input', () => {
  const root = tempDir('sensitivity-bad');
  const cases: [string, string[], RegExp][] = [
    ['unknown key', ['--vary', 'policy.hukouPenalti=0:1'], /--vary: policy\.hukouPenalti: unknown key \(did you mean "policy\.hukouPenalty"\?\)/],
    ['LO ≥ HI', ['--vary', 'policy.hukouPenalty=2:1'], /--vary policy\.hukouPenalty: LO must be less than HI \(got 2:1\)/],
    ['a value out of range', ['--vary', 'policy.transfers.rate=0:1.5'], /--vary: policy\.transfers\.rate/],
    ['a whole-number key', ['--vary', 'params.exitYears=1:5'], /--vary: params\.exitYears: must be an integer/],
    ['unknown column', ['--vary', 'policy.hukouPenalty=0:1', '--outcomes', 'gini_househld@4'], /--outcomes gini_househld@4: unknown column "gini_househld" \(did you mean "gini_households"\?\)/],
    ['a step beyond the run', ['--vary', 'policy.hukouPenalty=0:1', '--outcomes', 'theil@9'], /--outcomes theil@9: step "9" must be a whole number from 0 to 4/],
    ['N not a power of 2', ['--method', 'sobol', '--n', '100', '--vary', 'policy.hukouPenalty=0:1'], /--n: Sobol needs N a power of 2 \(e.g. 64 or 128\), got 100/],
    ['odd levels', ['--levels', '5', '--vary', 'policy.hukouPenalty=0:1'], /--levels: Morris needs an even number of levels/],
    ['nothing varied', [], /nothing to vary/],
  ];
  it.each(cases)('%s: exit 2, one clear line, nothing written', (_name, args, message) => {
    const out = join(root, _name.replace(/\W+/g, '-'));
    const run = cli(...SCENARIO, ...args, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n').length).toBe(1);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
