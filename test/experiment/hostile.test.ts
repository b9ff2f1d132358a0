// Issue 10, experiments (items 12, 14, 15, 16): a rejected sweep leaves nothing behind and
// names --vary; workers die with the command; compare refuses what cannot be compared and
// names a bad cell's file, line and column.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/factorflow.js');
const dir = mkdtempSync(join(tmpdir(), 'ff-exp-hostile-'));
const ff = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
const small = ['--steps', '3', '--set', 'params.laborAgents=200', '-q', '--no-report'];

describe('sweep (item 12)', () => {
  it('a bad --vary key is blamed on --vary, leaves nothing, and the corrected command runs', { timeout: 300_000 }, () => {
    const bad = ff('sweep', 'two-regions', ...small, '--vary', 'policy.hukouPenality=0,1', '--out', 's');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^--vary: policy\.hukouPenality: unknown key.*hukouPenalty/);
    const badValue = ff('sweep', 'two-regions', ...small, '--vary', 'policy.hukouPenalty=0,-1', '--out', 's');
    expect(badValue.status).toBe(2);
    expect(badValue.stderr).toMatch(/^--vary: policy\.hukouPenalty/);
    expect(existsSync(join(dir, 's'))).toBe(false);
    const good = ff('sweep', 'two-regions', ...small, '--vary', 'policy.hukouPenalty=0,1', '--workers', '1', '--out', 's');
    expect(good.status, good.stderr).toBe(0);
    expect(existsSync(join(dir, 's', 'manifest.json'))).toBe(true);
  });
});

/** Pids of the children of `pid`, from /proc. */
function children(pid: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === pid ? [Number(d)] : [];
    } catch {
      return [];
    }
  });
}
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return cond();
}

describe('worker processes die with the command (item 14)', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`after ${signal} to the sweep, no worker is left and nothing more is written`, async () => {
      const out = `w-${signal}`;
      const sweep = spawn(process.execPath, [BIN, 'sweep', 'two-regions', '--steps', '3000', '--set', 'params.laborAgents=200', '-q', '--no-report',
        '--vary', 'policy.hukouPenalty=0,0.5,1,1.5', '--workers', '2', '--out', out], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise((r) => sweep.on('exit', r));
      const runs = join(dir, out, 'runs');
      const writing = () => existsSync(runs) && readdirSync(runs).some((n) => n.includes('.tmp-'));
      expect(await until(() => children(sweep.pid!).length >= 2 && writing(), 120_000), 'workers writing').toBe(true);
      const workers = children(sweep.pid!);
      sweep.kill(signal);
      await exited;
      expect(await until(() => workers.every((p) => !alive(p)), 10_000), 'workers gone within 10 s').toBe(true);
      const listing = existsSync(runs) ? readdirSync(runs).sort() : [];
      await new Promise((r) => setTimeout(r, 1000));
      expect(existsSync(runs) ? readdirSync(runs).sort() : []).toEqual(listing);
      if (signal === 'SIGTERM') expect(listing.filter((n) => n.includes('.tmp-'))).toEqual([]);
    }, 180_000);
  }
});

describe('compare (items 15, 16)', () => {
  const run = (out: string, ...extra: string[]) => expect(ff('run', 'two-regions', ...small, '--out', out, ...extra).status).toBe(0);

  it('refuses folders of other regions or other steps unless --force, and writes nothing', { timeout: 300_000 }, () => {
    run('a');
    expect(ff('run', 'china-2020', ...small, '--out', 'b').status).toBe(0);
    run('c', '--steps', '4');
    const regions = ff('compare', 'a', 'b', '--out', 'cmp', '-q');
    expect(regions.status).toBe(2);
    expect(regions.stderr).toMatch(/^b: not the same regions as a .*add --force/);
    const steps = ff('compare', 'a', 'c', '--out', 'cmp', '-q');
    expect(steps.status).toBe(2);
    expect(steps.stderr).toMatch(/^c: runs to step 4, a to step 3; add --force/);
    expect(existsSync(join(dir, 'cmp'))).toBe(false);
    const forced = ff('compare', 'a', 'c', '--out', 'cmp', '-q', '--no-report', '--force');
    expect(forced.status, forced.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'cmp', 'comparison.csv'), 'utf8').trim().split('\n').slice(1);
    expect(Math.max(...rows.map((l) => Number(l.split(',')[2])))).toBe(3);
  });

  it('a non-numeric cell and a truncated CSV are errors naming file, line and column', { timeout: 300_000 }, () => {
    run('d');
    run('e');
    const national = join(dir, 'e', 'national.csv');
    const lines = readFileSync(national, 'utf8').split('\n');
    lines[2] = lines[2].replace(/^(\d+),([^,]*),/, '$1,lots,');
    writeFileSync(national, lines.join('\n'));
    const cell = ff('compare', 'd', 'e', '--out', 'cmp2', '-q');
    expect(cell.status).toBe(2);
    expect(cell.stderr).toMatch(/^e\/national\.csv: line 3, column 2 \(population\): "lots" is not a number/);
    writeFileSync(national, readFileSync(national, 'utf8').slice(0, 500));
    const cut = ff('compare', 'd', 'e', '--out', 'cmp2', '-q');
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/^e\/national\.csv: line \d+: not a valid CSV table/);
    expect(existsSync(join(dir, 'cmp2'))).toBe(false);
  });
});
