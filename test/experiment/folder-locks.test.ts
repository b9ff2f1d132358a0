// Issue 10's folder safety on issue 13's experiments: the whole-folder steps (plan, a local
// run of everything, merge) lock the experiment folder and refuse folders factorflow did not
// write; shards lock only their own run folders, so that they run side by side, and wait
// for no one but are refused while a whole-folder command is writing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryOut } from '../../src/experiment/distribute/distribute.ts';
import { mergeFolder } from '../../src/experiment/distribute/merge.ts';
import { replicationsExperiment, runReplications } from '../../src/experiment/replications/replications.ts';
import { lockPath } from '../../src/io/lock.ts';
import { tempDir, tiny } from './helpers.ts';

const SEEDS = [1, 2];
/** Another live process (vitest's parent) holding `dir`'s lock, as a second command would. */
const lockedByOther = (dir: string) => writeFileSync(lockPath(dir), `${process.ppid}\n`);

describe('experiment folders under the lock', () => {
  const root = tempDir('folder-locks');
  const scenario = tiny('two-regions');

  it('plans under the lock and lets it go, so that shards can start', async () => {
    const out = join(root, 'planned');
    const exp = replicationsExperiment(scenario, SEEDS, out);
    expect(await carryOut(exp, { out, workers: 1, split: { plan: true } })).toMatchObject({ mode: 'plan', total: 2 });
    expect(existsSync(lockPath(out))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['design.json', 'plan.csv']);
  });

  it('refuses a shard while another command holds the whole folder, and runs it once it is free', async () => {
    const out = join(root, 'sharded');
    const exp = () => replicationsExperiment(scenario, SEEDS, out);
    await carryOut(exp(), { out, workers: 1, split: { plan: true } });
    lockedByOther(out);
    await expect(carryOut(exp(), { out, workers: 1, split: { shard: { index: 1, count: 2 } } }))
      .rejects.toThrow(/another factorflow command \(process \d+\) is writing this whole folder/);
    expect(existsSync(join(out, 'rep-1'))).toBe(false);
    writeFileSync(lockPath(out), '999999999\n'); // a dead writer's lock does not stop shards
    expect(await carryOut(exp(), { out, workers: 1, split: { shard: { index: 1, count: 2 } } })).toMatchObject({ ran: 1 });
    expect(existsSync(join(out, 'rep-1', 'manifest.json'))).toBe(true);
  });

  it('merges under the lock: refused while another command writes the folder', async () => {
    const out = join(root, 'merged');
    const exp = () => replicationsExperiment(scenario, SEEDS, out);
    await carryOut(exp(), { out, workers: 1, split: { plan: true } });
    for (const index of [1, 2]) await carryOut(exp(), { out, workers: 1, split: { shard: { index, count: 2 } } });
    lockedByOther(out);
    expect(() => mergeFolder(out, false)).toThrow(/another factorflow command .* is writing this folder/);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    writeFileSync(lockPath(out), '999999999\n');
    expect(mergeFolder(out, false)).toMatchObject({ kind: 'replications', runs: 2 });
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
  });

  it('runs everything and aggregates under one lock, released at the end', async () => {
    const out = join(root, 'local');
    lockedByOther(out);
    await expect(runReplications(scenario, SEEDS, { out, workers: 1 })).rejects.toThrow(/another factorflow command/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(lockPath(out), '999999999\n');
    const result = await runReplications(scenario, SEEDS, { out, workers: 1 });
    expect(result.ran).toBe(2);
    expect(existsSync(lockPath(out))).toBe(false);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });

  it('never plans, shards or merges into a folder factorflow did not write', async () => {
    const mine = join(root, 'thesis');
    mkdirSync(mine);
    writeFileSync(join(mine, 'chapter1.tex'), 'mine');
    const exp = () => replicationsExperiment(scenario, SEEDS, mine);
    await expect(carryOut(exp(), { out: mine, workers: 1, split: { plan: true } })).rejects.toThrow(/not a factorflow results folder/);
    await expect(carryOut(exp(), { out: mine, workers: 1, fresh: true })).rejects.toThrow(/not a factorflow results folder/);
    await expect(carryOut(exp(), { out: mine, workers: 1, split: { shard: { index: 1, count: 2 } } })).rejects.toThrow(/not a factorflow results folder/);
    expect(() => mergeFolder(mine, false)).toThrow(/no design.json/);
    expect(readdirSync(mine)).toEqual(['chapter1.tex']);
    expect(readFileSync(join(mine, 'chapter1.tex'), 'utf8')).toBe('mine');
  });
});
