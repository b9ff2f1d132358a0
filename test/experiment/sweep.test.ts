import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGrid, parseVary } from '../../src/experiment/sweep/grid.ts';
import { readSweepFile } from '../../src/experiment/sweep/sweep-file.ts';
import { csvRecords, dataFiles, killAfterRuns, tempDir } from './helpers.ts';

const BIN = join(import.meta.dirname, '../../bin/factorflow.js');
const ARGS = ['sweep', 'china-2020', '--set', 'params.laborAgents=1000', '--steps', '3',
  '--vary', 'policy.transfers.rate=0,1', '--vary', 'policy.hukouPenalty=0:1:0.5', '--reps', '2', '--no-report', '-q'];

const cli = (out: string, workers: number) =>
  spawnSync(process.execPath, [BIN, ...ARGS, '--workers', String(workers), '--out', out], { encoding: 'utf8' });

describe('grid', () => {
  it('reads lists and inclusive ranges', () => {
    // By hand: 0:2:0.5 is 0, 0.5, 1, 1.5, 2; 0:0.3:0.1 prints 0.3, not 0.30000000000000004.
    expect(parseVary('policy.hukouPenalty=0:2:0.5').values).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(parseVary('k=0:0.3:0.1').values).toEqual([0, 0.1, 0.2, 0.3]);
    expect(parseVary('k=a,2,true').values).toEqual(['a', 2, true]);
  });

  it('expands the full factorial grid, the last key fastest', () => {
    const d = expandGrid([parseVary('a=1,2'), parseVary('b=x,y,z')]);
    expect(d.keys).toEqual(['a', 'b']);
    expect(d.points).toEqual([[1, 'x'], [1, 'y'], [1, 'z'], [2, 'x'], [2, 'y'], [2, 'z']]);
  });

  it('names the bad option', () => {
    expect(() => parseVary('novalue')).toThrow(/--vary novalue: expected KEY=/);
    expect(() => parseVary('k=2:1:1')).toThrow(/--vary k: range "2:1:1"/);
    expect(() => expandGrid([parseVary('a=1'), parseVary('a=2')])).toThrow(/--vary a: given twice/);
  });

  it('reads a sweep file of points and names its bad fields', () => {
    const dir = tempDir('sweepfile');
    const file = join(dir, 'design.json');
    writeFileSync(file, JSON.stringify({ points: [{ a: 1, b: 'x' }, { a: 2, b: 'y' }], reps: 3 }));
    expect(readSweepFile(file)).toEqual({ design: { keys: ['a', 'b'], points: [[1, 'x'], [2, 'y']] }, reps: 3 });
    writeFileSync(file, JSON.stringify({ vary: { a: [] } }));
    expect(() => readSweepFile(file)).toThrow(/design.json: field "vary.a"/);
  });
});

describe('factorflow sweep', () => {
  const root = tempDir('sweep');
  const whole = join(root, 'whole');

  it('writes tidy tables, the same bytes with 1 and 2 workers', () => {
    const run = cli(whole, 1);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(cli(join(root, 'two'), 2).status).toBe(0);
    expect(dataFiles(join(root, 'two'))).toEqual(dataFiles(whole));
    // 2 × 3 points × 2 reps × steps 0..3 = 48 rows; 6 points × 4 steps × 34 outcomes = 816.
    const runs = csvRecords(join(whole, 'runs.csv'));
    expect(runs.length).toBe(48);
    expect(Object.keys(runs[0]).slice(0, 6)).toEqual(['point', 'rep', 'seed', 'policy.transfers.rate', 'policy.hukouPenalty', 'step']);
    expect(runs[47]).toMatchObject({ point: '6', rep: '2', seed: '2', 'policy.transfers.rate': '1', 'policy.hukouPenalty': '1', step: '3' });
    expect(csvRecords(join(whole, 'points.csv')).length).toBe(816);
  }, 120_000);

  it('resumes a killed sweep without running finished runs again', async () => {
    const out = join(root, 'killed');
    const child = spawn(process.execPath, [BIN, ...ARGS, '--workers', '1', '--out', out]);
    const runsDir = join(out, 'runs');
    const before = await killAfterRuns(child, runsDir, 3);
    expect(before.size).toBeGreaterThanOrEqual(3);
    expect(before.size).toBeLessThan(12); // killed before the end
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    const again = cli(out, 2);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`${12 - before.size} runs now, ${before.size} already done`);
    for (const [name, mtime] of before) expect(statSync(join(runsDir, name, 'manifest.json')).mtimeMs).toBe(mtime);
    expect(dataFiles(out)).toEqual(dataFiles(whole));
  }, 120_000);

  it('refuses another design in the same folder', () => {
    const other = spawnSync(process.execPath, [BIN, ...ARGS.slice(0, -4), '--reps', '1', '--no-report', '--out', whole], { encoding: 'utf8' });
    expect(other.status).toBe(2);
    expect(other.stderr.trim()).toMatch(/whole: holds a different experiment; .*--fresh/);
  }, 60_000);
});
