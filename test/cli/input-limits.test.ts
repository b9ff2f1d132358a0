// Issue 10, crashes, hangs and silent acceptance on the command line (items 7, 9, 10, 13,
// 15, 16): every one is now a one-line message and exit 2, before anything is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 300_000 });

const BIN = resolve('bin/factorflow.js');
const dir = mkdtempSync(join(tmpdir(), 'ff-limits-'));
const ff = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

function refused(r: ReturnType<typeof ff>, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stderr.length).toBeLessThan(2000);
}

describe('the size guard and the horizon (items 7, 9, 15)', () => {
  it('a billion agents: refused at once, naming the estimate and the available memory; validate says the same', () => {
    const r = ff('run', 'two-regions', '--set', 'params.laborAgents=1000000000', '--out', 'x');
    refused(r, /laborAgents = 1,000,000,000.*needs about [\d,]+ MB of memory and [\d,]+ MB is available/);
    refused(ff('validate', 'two-regions', '--set', 'params.laborAgents=1000000000'), /needs about [\d,]+ MB of memory/);
    // Beyond what 32-bit indexes reach, whatever the memory.
    refused(ff('run', 'two-regions', '--set', 'params.laborAgents=1000000000000', '--out', 'x'), /laborAgents = 1,000,000,000,000 is more than the 2,147,483,647 agents/);
    const ok = ff('validate', 'two-regions');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/ok \(10,000 agents, 40 firms, 2 regions, 60 steps: about [\d,]+ MB of memory \([\d,]+ MB available\)/);
  });

  it('ten million steps: refused beyond the documented horizon instead of failing on an overflow', () => {
    refused(ff('run', 'two-regions', '--set', 'params.laborAgents=100', '--steps', '10000000', '--out', 'x'), /steps = 10,000,000 is beyond the horizon of [\d,]+ steps/);
    expect(readdirSync(dir).filter((f) => f === 'x')).toEqual([]);
  });
});

describe('scenario files (items 10, 13, 15)', () => {
  it('extends /dev/zero is refused, not read', () => {
    writeFileSync(join(dir, 'zero.json'), '{"extends": "/dev/zero"}');
    refused(ff('validate', 'zero.json'), /zero\.json: extends: cannot read "\/dev\/zero" \(not a regular file\)/);
  });

  it('a file over 10 MB is refused with its size; a long bad token gives a short message with the position', () => {
    writeFileSync(join(dir, 'big.json'), 'a'.repeat(11 * 2 ** 20));
    refused(ff('validate', 'big.json'), /larger than the 10 MB/);
    writeFileSync(join(dir, 'junk.json'), `{"name": ${'b'.repeat(5 * 2 ** 20)}}`);
    refused(ff('validate', 'junk.json'), /junk\.json: not valid JSON: line 1, column 10: unexpected "b{30}"/);
  });

  it('deep nesting, in a file or in --set, is a clean error', () => {
    writeFileSync(join(dir, 'deep.json'), `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    refused(ff('validate', 'deep.json'), /deep\.json: line 1, column 65: nested more than 64 levels deep/);
    refused(ff('run', 'two-regions', '--set', `params.alpha=${'['.repeat(100_000)}`, '--out', 'x'), /--set: params\.alpha: value nested more than 64 levels deep/);
  });
});

describe('numbers on the command line (item 16)', () => {
  it('--seed must be a safe integer, --steps decimal, and empty values are refused', () => {
    refused(ff('run', 'two-regions', '--seed', '9007199254740993', '--out', 'x'), /--seed: must be from 0 to 2\^53 − 1/);
    refused(ff('run', 'two-regions', '--seed=', '--out', 'x'), /--seed: empty/);
    refused(ff('run', 'two-regions', '--steps', '0x10', '--out', 'x'), /--steps: expected a whole number in decimal digits/);
    refused(ff('run', 'two-regions', '--steps', '1e3', '--out', 'x'), /--steps: expected a whole number in decimal digits/);
    refused(ff('run', 'two-regions', '--set', 'seed=9007199254740993', '--out', 'x'), /seed/);
    expect(readdirSync(dir).filter((f) => f === 'x')).toEqual([]);
  });
});

describe('the experiment commands\' new options (issue 13 merged in)', () => {
  it('--at, --array-size, --cpus-per-task and --shard take decimal whole numbers only; the size guard applies to --plan', () => {
    refused(ff('compare', 'two-regions', 'two-regions', '--at', '0x10', '--out', 'x'), /--at: expected a whole number in decimal digits/);
    refused(ff('compare', 'two-regions', 'two-regions', '--at', '5', '1e3', '--out', 'x'), /--at: expected a whole number in decimal digits/);
    refused(ff('run', 'two-regions', '--reps', '2', '--slurm', '--array-size', '1.5', '--out', 'x'), /--array-size: expected a whole number in decimal digits/);
    refused(ff('run', 'two-regions', '--reps', '2', '--slurm', '--cpus-per-task', '0x2', '--out', 'x'), /--cpus-per-task: expected a whole number in decimal digits/);
    refused(ff('run', 'two-regions', '--reps', '2', '--shard', '1/99999999999999999999', '--out', 'x'), /--shard .*at most 2\^53 − 1/);
    refused(ff('run', 'two-regions', '--reps', '2', '--plan', '--set', 'params.laborAgents=1000000000', '--out', 'x'), /needs about [\d,]+ MB of memory/);
    refused(ff('sweep', 'two-regions', '--vary', 'params.laborAgents=100,1000000000', '--plan', '--out', 'x'), /needs about [\d,]+ MB of memory/);
    expect(readdirSync(dir).filter((f) => f === 'x')).toEqual([]);
  });
});
