// A sweep on a real single-node Slurm (slurm.ts): `--slurm --submit` plans the folder and
// submits a 4-task array and the merge job after it; the merged folder must equal a local
// sweep of the same design byte for byte (manifests aside: they hold wall time and the
// command). A calibration the same way: its design as the array, then one job that merges
// and runs the search, ending as a local calibration. Skipped, with the reason, where Slurm
// cannot be installed or started.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFiles, tempDir } from '../experiment/helpers.ts';
import { ensureSlurm, startCluster, type Cluster } from './slurm.ts';

const BIN = join(import.meta.dirname, '../../bin/factorflow.js');
const SWEEP = ['sweep', 'china-2020', '--set', 'params.laborAgents=1000', '--steps', '3',
  '--vary', 'policy.transfers.rate=0,1', '--vary', 'policy.hukouPenalty=0:1:0.5', '--reps', '2', '-q'];

let cluster: Cluster | undefined;
let skipped: string | undefined;

beforeAll(async () => {
  skipped = ensureSlurm();
  if (!skipped) {
    try {
      cluster = await startCluster();
    } catch (err) {
      skipped = `could not start a single-node Slurm: ${(err as Error).message.split('\n')[0]}`;
    }
  }
  if (skipped) console.warn(`Slurm test skipped: ${skipped}`);
}, 900_000);

afterAll(async () => {
  await cluster?.stop();
}, 60_000);

/** `scontrol show job` fields of every job (array tasks included) with this id. */
function jobStates(env: NodeJS.ProcessEnv, id: string): string[] {
  const r = spawnSync('scontrol', ['show', 'job', '-o', id], { env, encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.includes('JobState=')).map((l) => /JobState=(\S+)/.exec(l)![1]);
}

async function waitForJob(env: NodeJS.ProcessEnv, id: string, timeoutMs: number): Promise<string[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const states = jobStates(env, id);
    if (states.length > 0 && states.every((s) => !['PENDING', 'RUNNING', 'CONFIGURING', 'COMPLETING'].includes(s))) return states;
    if (Date.now() > end) throw new Error(`job ${id} not finished after ${timeoutMs / 1000} s: ${states.join(', ')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('a sweep as a Slurm array job', () => {
  it('runs 4 shards and the merge, equal byte for byte to a local sweep', async (ctx) => {
    if (!cluster) return ctx.skip(skipped);
    const root = tempDir('slurm');
    const local = spawnSync(process.execPath, [BIN, ...SWEEP, '--workers', '2', '--out', join(root, 'local')], { encoding: 'utf8' });
    expect(local.status, local.stderr).toBe(0);

    const out = join(root, 'cluster');
    const submit = spawnSync(process.execPath, [BIN, ...SWEEP, '--out', out, '--slurm', '--array-size', '4', '--cpus-per-task', '1',
      '--partition', 'ci', '--time', '10', '--submit'], { encoding: 'utf8', env: cluster.env });
    expect(submit.status, submit.stderr).toBe(0);
    const [, arrayJob, mergeJob] = /array job (\d+) \(tasks 1-4\), merge job (\d+)/.exec(submit.stdout) ?? [];
    expect(arrayJob, submit.stdout).toBeDefined();

    const merged = await waitForJob(cluster.env, mergeJob, 240_000).catch((err: Error) => { throw new Error(`${err.message}\n${cluster!.log()}`); });
    expect(jobStates(cluster.env, arrayJob)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED']);
    expect(merged, readFileSync(join(out, 'slurm', 'merge.out'), 'utf8')).toEqual(['COMPLETED']);

    // Each task ran its own 3 of the 12 runs (index ≡ I mod 4) with 1 worker.
    for (let i = 1; i <= 4; i++) {
      expect(readFileSync(join(out, 'slurm', `shard-${i}.out`), 'utf8')).toContain(`shard ${i}/4: 3 of 12 runs (3 run now, 0 already complete)`);
    }
    const runManifest = (n: number) => JSON.parse(readFileSync(join(out, 'runs', `point-${n}-rep-1`, 'manifest.json'), 'utf8')) as { command: string };
    expect(runManifest(1).command).toContain('--shard 1/4 --workers 1');
    expect(readFileSync(join(out, 'slurm', 'merge.out'), 'utf8')).toContain('merged 12 runs (sweep)');

    // The merged folder, report included, is the local one; slurm/ (scripts, logs) is extra.
    const mergedFiles = dataFiles(out);
    for (const name of Object.keys(mergedFiles)) if (name.startsWith('slurm/')) delete mergedFiles[name];
    const localFiles = dataFiles(join(root, 'local'));
    expect(Object.keys(mergedFiles)).toEqual(Object.keys(localFiles));
    expect(mergedFiles).toEqual(localFiles);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(readFileSync(join(root, 'local', 'report.html'), 'utf8'));
    expect(readdirSync(join(out, 'runs')).length).toBe(12);
  }, 420_000);
});

describe('a calibration as a Slurm array job and a merge-and-search job', () => {
  it('runs the design in 3 shards, then merges and searches, equal byte for byte to a local calibration', async (ctx) => {
    if (!cluster) return ctx.skip(skipped);
    const root = tempDir('slurm-calibrate');
    const targets = join(root, 'targets.json');
    writeFileSync(targets, JSON.stringify({
      name: 'two-regions-test', national: [{ column: 'cv_gdp_pc', step: 4, value: 0.02, weight: 10_000 }],
      regions: [{ measure: 'population_share', step: 4, weight: 1000, values: { A: 0.52, B: 0.48 } }],
    }));
    const calibrate = ['calibrate', 'two-regions', '--targets', targets, '--free', 'params.agglomeration=0.2:0.6', '--free', 'policy.migrationCost=0:2',
      '--set', 'params.laborAgents=300', '--steps', '4', '--reps', '2', '--design', '4', '--budget', '8', '--profile', '2', '-q'];
    const local = spawnSync(process.execPath, [BIN, ...calibrate, '--workers', '2', '--out', join(root, 'local')], { encoding: 'utf8' });
    expect(local.status, local.stderr).toBe(0);

    const out = join(root, 'cluster');
    const submit = spawnSync(process.execPath, [BIN, ...calibrate, '--out', out, '--slurm', '--array-size', '3', '--cpus-per-task', '1',
      '--partition', 'ci', '--time', '10', '--submit'], { encoding: 'utf8', env: cluster.env });
    expect(submit.status, submit.stderr).toBe(0);
    const [, arrayJob, lastJob] = /array job (\d+) \(tasks 1-3\), merge-and-search job (\d+)/.exec(submit.stdout) ?? [];
    expect(arrayJob, submit.stdout).toBeDefined();

    const states = await waitForJob(cluster.env, lastJob, 240_000).catch((err: Error) => { throw new Error(`${err.message}\n${cluster!.log()}`); });
    expect(jobStates(cluster.env, arrayJob)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    const log = readFileSync(join(out, 'slurm', 'merge.out'), 'utf8');
    expect(states, log).toEqual(['COMPLETED']);
    expect(readFileSync(join(out, 'slurm', 'shard-1.out'), 'utf8')).toContain('shard 1/3: 3 of 8 runs (3 run now, 0 already complete)');
    expect(log).toContain('merged 8 runs (calibration)');
    // The search job ran only the search and the profiles: the design's runs were the array's.
    const evaluations = readFileSync(join(out, 'evaluations.csv'), 'utf8').trim().split('\n').slice(1);
    expect(log).toContain(`${evaluations.length} evaluations (${(evaluations.length - 4) * 2} runs now); best: evaluation`);
    const files = dataFiles(out);
    for (const name of Object.keys(files)) if (name.startsWith('slurm/')) delete files[name];
    expect(files).toEqual(dataFiles(join(root, 'local')));
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(readFileSync(join(root, 'local', 'report.html'), 'utf8'));
  }, 420_000);
});
