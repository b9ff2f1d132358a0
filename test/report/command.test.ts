// `factorflow report <dir>` through yargs, as the CLI will run it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import reportCommand from '../../src/cli/commands/report.ts';
import { tempDir } from './helpers.ts';
import { writeRunFolder } from './fixtures/make-fixtures.ts';

async function runCli(args: string[]): Promise<{ out: string[]; err: string[]; code: number | undefined }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  process.exitCode = undefined;
  try {
    await yargs(args).command(reportCommand).strict().fail(false).parseAsync();
    return { out, err, code: process.exitCode as number | undefined };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('factorflow report', () => {
  it('writes report.html in the folder and prints its path', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    const { out, err, code } = await runCli(['report', dir]);
    expect(out).toEqual([resolve(dir, 'report.html')]);
    expect(err).toEqual([]);
    expect(code ?? 0).toBe(0);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });

  it('writes to --out when given', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    const out = join(tempDir(), 'page.html');
    const result = await runCli(['report', dir, '--out', out]);
    expect(result.out).toEqual([out]);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  });

  it('gives one line and exit code 2 for a missing folder', async () => {
    const missing = join(tempDir(), 'nope');
    const { out, err, code } = await runCli(['report', missing]);
    expect(out).toEqual([]);
    expect(err).toEqual([`${missing}: no such results folder`]);
    expect(code).toBe(2);
  });

  it('gives one line and exit code 2 for a folder that holds no results', async () => {
    const { err, code } = await runCli(['report', tempDir()]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('not a factorflow results folder');
    expect(code).toBe(2);
  });

  it('says an experiment is not finished yet when its folder holds only its plan', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'design.json'), JSON.stringify({ kind: 'sweep', designHash: 'x' }));
    const { err, code } = await runCli(['report', dir]);
    expect(err).toEqual([`${dir}: a sweep not finished yet (design.json, no results): run its remaining runs (or its shards and factorflow merge) first`]);
    expect(code).toBe(2);
  });
});
