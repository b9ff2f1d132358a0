// Folder detection, bad input (one clear InputError naming file and field) and atomic writing.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, detectKind, InputError } from '../../src/report/index.ts';
import { writeFileAtomically } from '../../src/io/atomic.ts';
import { tempDir } from './helpers.ts';
import {
  writeComparisonFolder, writeReplicationsFolder, writeRunFolder, writeSweepFolder,
} from './fixtures/make-fixtures.ts';

/** The InputError a call throws (fails the test when it throws something else or nothing). */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

async function inputErrorAsync(fn: () => Promise<unknown>): Promise<InputError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('detectKind', () => {
  const root = tempDir();
  const run = writeRunFolder(join(root, 'run'));
  const reps = writeReplicationsFolder(join(root, 'reps'));
  const cmp = writeComparisonFolder(join(root, 'cmp'));
  const sweep = writeSweepFolder(join(root, 'sweep'));

  it('reads the kind from manifest.json', () => {
    expect([run, reps, cmp, sweep].map(detectKind)).toEqual(['run', 'replications', 'comparison', 'sweep']);
  });

  it('falls back to the files present when there is no manifest', () => {
    for (const dir of [run, reps, cmp, sweep]) rmSync(join(dir, 'manifest.json'));
    expect([run, reps, cmp, sweep].map(detectKind)).toEqual(['run', 'replications', 'comparison', 'sweep']);
  });

  it('rejects a manifest kind it does not know, naming the file and the field', () => {
    const dir = writeRunFolder(join(root, 'bogus'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ kind: 'bogus' }));
    const err = inputError(() => detectKind(dir));
    expect(err.message).toContain('manifest.json');
    expect(err.message).toContain('"kind"');
    expect(err.message).toContain('"bogus"');
  });

  it('rejects a missing folder and a folder that holds no results, in one line', () => {
    const missing = join(root, 'no-such-folder');
    expect(inputError(() => detectKind(missing)).message).toBe(`${missing}: no such results folder`);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const err = inputError(() => detectKind(empty));
    expect(err.message).toContain('not a factorflow results folder');
    expect(err.message).not.toContain('\n');
    expect(err.exitCode).toBe(2);
  });
});

describe('bad results files', () => {
  it('names the file and the missing column', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    const file = join(dir, 'regions.csv');
    const text = readFileSync(file, 'utf8').replace('gdp_per_capita', 'gdp_pc');
    writeFileSync(file, text);
    const err = await inputErrorAsync(() => buildReport(dir));
    expect(err.message).toBe(`${file}: missing column "gdp_per_capita"`);
  });

  it('names a JSON file that does not parse', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    writeFileSync(join(dir, 'summary.json'), '{ "beta": ');
    const err = await inputErrorAsync(() => buildReport(dir));
    expect(err.message).toContain(join(dir, 'summary.json'));
    expect(err.message).toContain('not valid JSON');
  });

  it('names a run folder missing scenario.json', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    rmSync(join(dir, 'scenario.json'));
    const err = await inputErrorAsync(() => buildReport(dir));
    expect(err.message).toBe(`${join(dir, 'scenario.json')}: file not found`);
  });

  it('names a step that is not a number, with its line', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    const file = join(dir, 'national.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2].replace(/^1,/, 'one,'); // line 3 of the file is step 1
    writeFileSync(file, lines.join('\n'));
    const err = await inputErrorAsync(() => buildReport(dir));
    expect(err.message).toBe(`${file}: row 3: field "step" is not a number`);
  });

  it('refuses to write into a folder that does not exist', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    const out = join(dir, 'missing', 'report.html');
    const err = await inputErrorAsync(() => buildReport(dir, { out }));
    expect(err.message).toContain(out);
  });
});

describe('atomic writing', () => {
  it('replaces an existing report whole and leaves no temporary file', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    writeFileSync(join(dir, 'report.html'), 'old page');
    await buildReport(dir);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('goes through a temporary file (io/atomic.ts) and removes it when the rename fails', () => {
    const dir = tempDir();
    const target = join(dir, 'report.html');
    mkdirSync(target); // renaming a file onto a folder fails
    expect(() => writeFileAtomically(target, 'page')).toThrow();
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('writes the text exactly', () => {
    const target = join(tempDir(), 'report.html');
    writeFileAtomically(target, 'é <page>\n');
    expect(readFileSync(target, 'utf8')).toBe('é <page>\n');
  });
});
