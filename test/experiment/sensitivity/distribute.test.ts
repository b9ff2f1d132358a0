// `factorflow sensitivity` split into a plan, shards and a merge (docs/cluster.md): the merged
// folder equals a local analysis byte for byte, and the merge analyses the outcomes given
// when the analysis was planned, whatever --outcomes the shards were given.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/experiment/distribute/plan.ts';
import { cliAsync, csvRecords, dataFiles, tempDir } from '../helpers.ts';

/** Two regions at 500 agents and 4 years, Morris with 2 trajectories over 2 keys: 6 design runs + 2 base replications. */
const MORRIS = ['sensitivity', 'two-regions', '--set', 'params.laborAgents=500', '--steps', '4', '--method', 'morris', '--trajectories', '2', '--reps', '2',
  '--vary', 'policy.migrationCost=0:2', '--vary', 'policy.transfers.rate=0:1', '-q'];
const OUTCOMES = ['--outcomes', 'theil@last', 'sd_log_gdp_pc@0..4'];

const cli = cliAsync;

describe('factorflow sensitivity --plan / --shard and factorflow merge', () => {
  const root = tempDir('sensitivity-split');
  const out = join(root, 'split');
  const local = join(root, 'local');

  it('merges shards into the same bytes as a local analysis, for the outcomes given at plan time', async () => {
    const [localRun, plan] = await Promise.all([
      cli([...MORRIS, ...OUTCOMES, '--workers', '1', '--out', local]),
      cli([...MORRIS, ...OUTCOMES, '--out', out, '--plan']),
    ]);
    expect(localRun.status, localRun.stderr).toBe(0);
    expect(plan.status, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('planned 8 runs');
    expect(existsSync(join(out, 'runs'))).toBe(false);
    // plan.csv follows design.csv: the same runs, folders and seeds, in the same order.
    const design = csvRecords(join(out, 'design.csv'));
    expect(readPlan(out).map((r) => [r.index, r.dir, r.seed])).toEqual(design.map((d) => [Number(d.run), `runs/point-${d.point}-rep-${d.rep}`, Number(d.seed)]));
    expect(readPlan(out)[7].labels).toMatchObject({ point: '7', rep: '2', role: 'base', 'policy.migrationCost': '1', 'policy.transfers.rate': '0.5' });

    // A shard with other outcomes: shards only run, so the plan's outcomes stand.
    const first = await cli([...MORRIS, '--outcomes', 'gini_households@2', '--out', out, '--shard', '1/3', '--workers', '1']);
    expect(first.stdout).toContain('shard 1/3: 3 of 8 runs (3 run now, 0 already complete)');
    const early = await cli(['merge', out]);
    expect(early.status).toBe(2);
    expect(early.stderr).toMatch(/5 of 8 runs missing or incomplete: run 2 \(runs\/point-2-rep-1\), run 3 \(runs\/point-3-rep-1\)/);
    expect(existsSync(join(out, 'sensitivity.csv'))).toBe(false);

    const rest = await Promise.all(['2/3', '3/3'].map((s) => cli([...MORRIS, ...OUTCOMES, '--out', out, '--shard', s, '--workers', '1'])));
    expect(rest.map((r) => r.status)).toEqual([0, 0]);
    const merge = await cli(['merge', out]);
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stdout).toContain('merged 8 runs (sensitivity)');
    expect(merge.stdout).toMatch(/rank\s+parameter\s+μ\*/);
    expect(new Set(csvRecords(join(out, 'sensitivity.csv')).map((r) => r.outcome))).toEqual(new Set(['theil@4', 'sd_log_gdp_pc@0..4']));
    expect(dataFiles(out)).toEqual(dataFiles(local));
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(readFileSync(join(local, 'report.html'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ kind: 'sensitivity', method: 'morris', runs: 8 });
  }, 300_000);

  it('writes Slurm scripts whose shards repeat the sensitivity command', async () => {
    const dir = join(root, 'slurm');
    const r = await cli([...MORRIS, ...OUTCOMES, '--out', dir, '--slurm', '--array-size', '3', '--cpus-per-task', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Slurm: 3 array tasks of 2 CPUs');
    const shards = readFileSync(join(dir, 'slurm', 'shards.sbatch'), 'utf8');
    expect(shards).toMatch(/exec \S+ \S+factorflow.js sensitivity two-regions .*--vary policy.migrationCost=0:2 .*--out \S+ --shard "\$\{SLURM_ARRAY_TASK_ID\}\/3"/);
    expect(readPlan(dir).length).toBe(8);
    expect(JSON.parse(readFileSync(join(dir, 'outcomes.json'), 'utf8')).outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['theil@4', 'sd_log_gdp_pc@0..4']);
  }, 60_000);

  it('refuses a merge whose outcomes.json is broken, naming the file and the field', async () => {
    const broken = join(root, 'broken');
    cpSync(out, broken, { recursive: true });
    writeFileSync(join(broken, 'outcomes.json'), JSON.stringify({ steps: 4, outcomes: [{ outcome: 'theil@9' }] }));
    const r = await cli(['merge', broken, '--no-report']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/outcomes.json: field "outcomes\[0\]": --outcomes theil@9: step "9" must be a whole number from 0 to 4/);
    expect(r.stderr.split('\n').filter(Boolean).length).toBe(1);
  }, 60_000);
});
