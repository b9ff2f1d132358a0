// Experiments split into a plan, shards and a merge (docs/cluster.md): the merged folder
// equals a local run byte for byte, shards running at once in one folder leave each other's
// runs alone, a rerun shard skips its complete runs, and mistakes exit with code 2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardCommand, splitArg } from '../../src/cli/cluster-args.ts';
import { checkSlurmSettings } from '../../src/experiment/distribute/slurm.ts';
import { expandGrid, parseVary } from '../../src/experiment/sweep/grid.ts';
import { sweepExperiment, type SweepInput } from '../../src/experiment/sweep/sweep.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';
import { aggregateComparison, comparisonDesign, comparisonExperiment } from '../../src/experiment/compare/comparison-experiment.ts';
import { carryOut } from '../../src/experiment/distribute/distribute.ts';
import { mergeFolder } from '../../src/experiment/distribute/merge.ts';
import { readPlan } from '../../src/experiment/distribute/plan.ts';
import { replicationsExperiment, runReplications } from '../../src/experiment/replications/replications.ts';
import { inShard, parseShard } from '../../src/experiment/distribute/shard.ts';
import { BIN, cliAsync, csvRecords, dataFiles, tempDir, tiny } from './helpers.ts';

const SWEEP = ['sweep', 'china-2020', '--set', 'params.laborAgents=1000', '--steps', '3',
  '--vary', 'policy.transfers.rate=0,1', '--vary', 'policy.hukouPenalty=0:1:0.5', '--reps', '2', '-q'];

/** What `factorflow sweep ...SWEEP` runs: the same design hash, or the shards would refuse. */
const SWEEP_INPUT: SweepInput = {
  base: loadScenarioFile('china-2020', ['params.laborAgents=1000', 'steps=3']).scenario,
  load: (overrides) => loadScenarioFile('china-2020', ['params.laborAgents=1000', ...overrides, 'steps=3']).scenario,
  design: expandGrid([parseVary('policy.transfers.rate=0,1'), parseVary('policy.hukouPenalty=0:1:0.5')]),
  seeds: [1, 2],
};

const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('shards', () => {
  it('reads I/N and deals runs out like cards', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('0/4')).toThrow(/--shard 0\/4: I must be 1..N/);
    expect(() => parseShard('5/4')).toThrow(/I must be 1..N/);
    expect(() => parseShard('two')).toThrow(/expected I\/N/);
    const runs = Array.from({ length: 10 }, (_, i) => ({ index: i + 1 }));
    expect(runs.filter((r) => inShard(r, { index: 3, count: 4 })).map((r) => r.index)).toEqual([3, 7]);
    expect(runs.filter((r) => inShard(r, { index: 4, count: 4 })).map((r) => r.index)).toEqual([4, 8]);
    // Every run in exactly one shard.
    const counts = runs.map((r) => [1, 2, 3, 4].filter((i) => inShard(r, { index: i, count: 4 })).length);
    expect(counts.every((c) => c === 1)).toBe(true);
  });

  it('repeats the experiment command without output, worker and cluster options', () => {
    expect(shardCommand(['sweep', 'x.json', '--vary', 'a=1,2', '--out', 'o', '--workers=3', '--slurm', '--array-size', '4',
      '--cpus-per-task=2', '--partition', 'p', '--time', '1:00:00', '--submit', '--fresh', '-q', '--no-report', '--seed', '-1']))
      .toEqual(['sweep', 'x.json', '--vary', 'a=1,2', '--seed', '-1']);
  });
});

describe('factorflow sweep --plan / --shard and factorflow merge', () => {
  const root = tempDir('distribute');
  const out = join(root, 'split');

  it('merges shards run at once into the same bytes as a local sweep', async () => {
    // The plan and shard 1 in this process (as the CLI makes them), the rest as commands.
    const localRun = cliAsync([...SWEEP, '--workers', '2', '--out', join(root, 'local')]);
    const experiment = () => sweepExperiment(SWEEP_INPUT, out);
    expect(await carryOut(experiment(), { out, workers: 1, split: { plan: true } })).toMatchObject({ mode: 'plan', total: 12, ran: 0 });
    expect(existsSync(join(out, 'runs'))).toBe(false);
    const lines = csvRecords(join(out, 'plan.csv'));
    expect(lines.map((l) => l.run)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(lines[11]).toMatchObject({ dir: 'runs/point-6-rep-2', seed: '2', point: '6', rep: '2', 'policy.transfers.rate': '1', 'policy.hukouPenalty': '1' });

    expect(await carryOut(experiment(), { out, workers: 1, split: { shard: { index: 1, count: 3 } } })).toMatchObject({ selected: 4, ran: 4 });
    expect(() => mergeFolder(out, false)).toThrow('8 of 12 runs missing or incomplete: run 2 (runs/point-1-rep-2), run 3 (runs/point-2-rep-1)');
    expect(existsSync(join(out, 'runs.csv'))).toBe(false);

    const mine = ['point-1-rep-1', 'point-2-rep-2', 'point-4-rep-1', 'point-5-rep-2'];
    expect(mine.every((d) => existsSync(join(out, 'runs', d, 'manifest.json')))).toBe(true);
    const before = mine.map((d) => statSync(join(out, 'runs', d, 'manifest.json')).mtimeMs);
    // Shards 2 and 3 at the same time, and shard 1 again (all its runs complete: skipped).
    const results = await Promise.all(['2/3', '3/3', '1/3'].map((s) => cliAsync([...SWEEP, '--out', out, '--shard', s, '--workers', '1'])));
    expect(results.map((r) => r.status)).toEqual([0, 0, 0]);
    expect(results[2].stdout).toContain('shard 1/3: 4 of 12 runs (0 run now, 4 already complete)');
    expect(mine.map((d) => statSync(join(out, 'runs', d, 'manifest.json')).mtimeMs)).toEqual(before);

    const local = await localRun;
    expect(local.status, local.stderr).toBe(0);
    const merge = cli(['merge', out]);
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stdout).toContain('merged 12 runs (sweep)');
    expect(dataFiles(out)).toEqual(dataFiles(join(root, 'local')));
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(readFileSync(join(root, 'local', 'report.html'), 'utf8'));
  }, 180_000);

  it('refuses a shard of an unplanned folder and a merge of a non-experiment, with exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [[...SWEEP, '--out', join(root, 'none'), '--shard', '1/2'], /not planned yet; run the same command with --plan first/],
      [[...SWEEP, '--out', join(root, 'none'), '--plan', '--shard', '1/2'], /give only one of --plan, --shard and --slurm/],
      [['merge', root], /not an experiment folder of factorflow \(no design.json\)/],
    ];
    const results = await Promise.all(cases.map(([args]) => cliAsync(args)));
    for (const [k, [, message]] of cases.entries()) {
      const r = results[k];
      expect(r.stderr).toMatch(message);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean).length).toBe(1);
    }
    expect(existsSync(join(root, 'none'))).toBe(false);
  }, 120_000);

  it('writes Slurm scripts: an array of shards with the task\'s CPUs as workers, then a merge after it', () => {
    const dir = join(root, 'slurm');
    const r = cli([...SWEEP, '--out', dir, '--slurm', '--array-size', '4', '--cpus-per-task', '3', '--partition', 'short', '--time', '0:30:00']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Slurm: 4 array tasks of 3 CPUs');
    expect(r.stdout).toMatch(/jid=\$\(sbatch --parsable \S+shards.sbatch\) && sbatch --dependency=afterok:\$\{jid%%;\*\} \S+merge.sbatch/);
    expect(readFileSync(join(dir, 'slurm', 'submit.sh'), 'utf8')).toMatch(/jid=\$\(sbatch --parsable \/\S+shards.sbatch\) && sbatch --parsable --dependency=afterok:\$\{jid%%;\*\} \/\S+merge.sbatch/);
    const shards = readFileSync(join(dir, 'slurm', 'shards.sbatch'), 'utf8');
    for (const line of ['#SBATCH --array=1-4', '#SBATCH --cpus-per-task=3', '#SBATCH --partition=short', '#SBATCH --time=0:30:00', `#SBATCH --chdir=${process.cwd()}`]) {
      expect(shards).toContain(line);
    }
    expect(shards).toMatch(/exec \S+ \S+factorflow.js sweep china-2020 .*--vary policy.transfers.rate=0,1 .* --out \S+ --shard "\$\{SLURM_ARRAY_TASK_ID\}\/4" --workers "\$\{SLURM_CPUS_PER_TASK:-1\}" --quiet\n/);
    expect(shards.split('\n').find((l) => l.startsWith('exec'))).not.toMatch(/--slurm|--array-size|--partition|--time|--cpus-per-task/);
    expect(readFileSync(join(dir, 'slurm', 'merge.sbatch'), 'utf8')).toMatch(/#SBATCH --cpus-per-task=1\n[\s\S]*exec \S+ \S+factorflow.js merge \S+slurm\n/);
    expect(readPlan(dir).length).toBe(12);
    // More tasks than runs: one run per task.
    const wide = cli([...SWEEP, '--out', join(root, 'wide'), '--slurm', '--array-size', '50']);
    expect(wide.stdout).toContain('Slurm: 12 array tasks of 1 CPU ');
  }, 60_000);
});

describe('replications and comparisons in shards', () => {
  const scenario = tiny();
  const policy = tiny('common-prosperity');
  const seeds = [4, 5, 6];

  it('merges replications into the same files as a local run', async () => {
    const root = tempDir('reps-split');
    await runReplications(scenario, seeds, { out: join(root, 'local'), workers: 1 });
    const out = join(root, 'split');
    const exp = () => replicationsExperiment(scenario, seeds, out);
    expect((await carryOut(exp(), { out, workers: 1, split: { plan: true } })).ran).toBe(0);
    expect(() => mergeFolder(out, false)).toThrow(/3 of 3 runs missing or incomplete: run 1 \(rep-1\), run 2 \(rep-2\), run 3 \(rep-3\)/);
    // A killed writer of shard 1's run left a temporary folder; one of shard 2's run is in progress.
    mkdirSync(join(out, '.rep-1.tmp-999-0'));
    mkdirSync(join(out, '.rep-2.tmp-999-0'));
    // Planning again (--slurm to resubmit) leaves a planned folder as it is.
    expect((await carryOut(exp(), { out, workers: 1, split: { plan: true } })).total).toBe(3);
    expect(readdirSync(out).filter((n) => n.startsWith('.')).sort()).toEqual(['.rep-1.tmp-999-0', '.rep-2.tmp-999-0']);
    const one = await carryOut(exp(), { out, workers: 1, split: { shard: { index: 1, count: 2 } } });
    expect(one).toMatchObject({ mode: 'shard', total: 3, selected: 2, ran: 2 });
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual(['.rep-2.tmp-999-0']);
    await carryOut(exp(), { out, workers: 1, split: { shard: { index: 2, count: 2 } } });
    expect(mergeFolder(out, false).runs).toBe(3);
    expect(dataFiles(out)).toEqual(dataFiles(join(root, 'local')));
  }, 60_000);

  it('refuses a shard of another design, --fresh with a shard, and stray Slurm options', async () => {
    const out = join(tempDir('refuse'), 'planned');
    await carryOut(replicationsExperiment(scenario, seeds, out), { out, workers: 1, split: { plan: true } });
    const shard = { shard: { index: 1, count: 2 } };
    await expect(carryOut(replicationsExperiment(scenario, [4, 5], out), { out, workers: 1, split: shard })).rejects.toThrow(/design.json: planned for a different experiment/);
    await expect(carryOut(replicationsExperiment(scenario, seeds, out), { out, workers: 1, fresh: true, split: shard })).rejects.toThrow(/a shard never empties the shared folder/);
    expect(readdirSync(out).sort()).toEqual(['design.json', 'plan.csv']);
    expect(() => splitArg({ partition: 'x' })).toThrow(/--partition goes with --slurm/);
    expect(() => splitArg({ slurm: true, cpusPerTask: 2 })).not.toThrow();
    expect(() => splitArg({ slurm: true, time: 'soon' })).toThrow(/--time soon: expected a Slurm time/);
    expect(() => splitArg({ slurm: true, arraySize: 0 })).toThrow(/--array-size: expected a whole number ≥ 1/);
    expect(() => checkSlurmSettings({ shards: 2, cpusPerTask: 1, time: 'soon' })).toThrow(/--time soon: expected a Slurm time/);
    for (const time of ['90', '2:00:00', '1-12:00:00', '0:30']) expect(() => checkSlurmSettings({ shards: 2, cpusPerTask: 1, time })).not.toThrow();
  });

  it('merges a comparison into the same files as a local run', async () => {
    const root = tempDir('compare-split');
    const sources = [{ ref: 'a', scenario }, { ref: 'b', scenario: policy }];
    const local = join(root, 'local');
    await carryOut(comparisonExperiment(sources, seeds, local, [3, 5]), { out: local, workers: 2 });
    const out = join(root, 'split');
    await carryOut(comparisonExperiment(sources, seeds, out, [3, 5]), { out, workers: 1, split: { plan: true } });
    expect(readPlan(out).map((r) => r.dir)).toEqual([
      'baseline-china-2020/rep-1', 'baseline-china-2020/rep-2', 'baseline-china-2020/rep-3',
      'policy-1-common-prosperity/rep-1', 'policy-1-common-prosperity/rep-2', 'policy-1-common-prosperity/rep-3',
    ]);
    for (const index of [1, 2]) await carryOut(comparisonExperiment(sources, seeds, out, [3, 5]), { out, workers: 1, split: { shard: { index, count: 2 } } });
    aggregateComparison(local, comparisonDesign(sources, seeds, [3, 5]), { started: 0 }); // as factorflow compare does
    mergeFolder(out, false);
    expect(dataFiles(out)).toEqual(dataFiles(local));
    expect(csvRecords(join(out, 'comparison.csv')).map((r) => r.step)).toContain('3');
  }, 60_000);

});
