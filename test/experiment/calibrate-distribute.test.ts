// `factorflow calibrate` split on its design phase (docs/cluster.md): --plan runs nothing,
// shards run their runs and skip complete ones, merge names missing runs (exit 2) and then
// ranks the candidates into the same bytes as a local calibration's design phase, and the
// same calibrate command on the merged folder runs only the search, ending with the bytes of
// a wholly local calibration.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlan } from '../../src/experiment/distribute/plan.ts';
import { cliAsync, csvRecords, dataFiles, tempDir } from './helpers.ts';

const root = tempDir('calibrate-split');
const TARGETS = join(root, 'targets.json');
/** Two regions at 300 agents and 4 years; 4 design candidates × 2 seeds, 4 search evaluations, 2 profile points a parameter. */
const CALIBRATE = ['calibrate', 'two-regions', '--targets', TARGETS, '--free', 'params.agglomeration=0.2:0.6', '--free', 'policy.migrationCost=0:2',
  '--set', 'params.laborAgents=300', '--steps', '4', '--reps', '2', '--design', '4', '--budget', '8', '--starts', '2', '--profile', '2', '-q'];

const cli = cliAsync;

const mtimes = (out: string) => new Map(readdirSync(join(out, 'runs')).map((n) => [n, statSync(join(out, 'runs', n, 'manifest.json')).mtimeMs]));

describe('factorflow calibrate --plan / --shard, merge, then the search', () => {
  const out = join(root, 'split');
  const local = join(root, 'local');

  beforeAll(() => {
    writeFileSync(TARGETS, JSON.stringify({
      name: 'two-regions-test',
      national: [{ column: 'cv_gdp_pc', step: 4, value: 0.02, weight: 10_000 }],
      regions: [{ measure: 'population_share', step: 4, weight: 1000, values: { A: 0.52, B: 0.48 } }],
    }));
  });

  it('plans the design without running it; design.json carries all that merge needs', async () => {
    const [localRun, plan] = await Promise.all([cli([...CALIBRATE, '--workers', '1', '--out', local]), cli([...CALIBRATE, '--out', out, '--plan'])]);
    expect(localRun.status, localRun.stderr).toBe(0);
    expect(plan.status, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('planned 8 runs');
    expect(plan.stdout).toContain('then the same command without --plan/--shard/--slurm (it runs the search, which cannot be split)');
    expect(readdirSync(out).sort()).toEqual(['design-runs.csv', 'design.json', 'plan.csv']);
    // plan.csv and design-runs.csv list the same runs: candidate by candidate, seeds within.
    const runs = csvRecords(join(out, 'design-runs.csv'));
    expect(readPlan(out).map((r) => [r.index, r.dir, r.seed])).toEqual(runs.map((d) => [Number(d.run), d.folder, Number(d.seed)]));
    expect(readPlan(out)[3].labels).toMatchObject({ point: '2', rep: '2', 'params.agglomeration': runs[3]['params.agglomeration'] });
    const design = JSON.parse(readFileSync(join(out, 'design.json'), 'utf8'));
    expect(design).toMatchObject({ kind: 'calibration', scenario: 'two-regions', targets: 'two-regions-test', seeds: [1, 2],
      keys: ['params.agglomeration', 'policy.migrationCost'], bounds: [[0.2, 0.6], [0, 2]], settings: { designPoints: 4, starts: 2 } });
    expect(design.moments[1]).toEqual({ id: 'population_share.A@4', kind: 'region', name: 'population_share', step: 4, region: 'A', observed: 0.52, weight: 1000, field: 'regions[0].values.A' });
    expect(design.points.length).toBe(4);
  }, 120_000);

  it('refuses a shard of another design, and a merge with runs missing, naming them (exit 2)', async () => {
    const other = await cli([...CALIBRATE.map((a, i) => (CALIBRATE[i - 1] === '--design' ? '3' : a)), '--out', out, '--shard', '1/2']);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/design.json: planned for a different experiment than this command/);
    const first = await cli([...CALIBRATE, '--out', out, '--shard', '1/3', '--workers', '1']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('shard 1/3: 3 of 8 runs (3 run now, 0 already complete)');
    expect(readdirSync(join(out, 'runs')).sort()).toEqual(['point-1-rep-1', 'point-2-rep-2', 'point-4-rep-1']);
    const early = await cli(['merge', out]);
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('5 of 8 runs missing or incomplete: run 2 (runs/point-1-rep-2), run 3 (runs/point-2-rep-1), run 5 (runs/point-3-rep-1), run 6 (runs/point-3-rep-2), run 8 (runs/point-4-rep-2)');
    expect(existsSync(join(out, 'design-evaluations.csv'))).toBe(false);
  }, 120_000);

  it('skips complete runs when a shard is run again', async () => {
    const rest = await Promise.all(['2/3', '3/3'].map((s) => cli([...CALIBRATE, '--out', out, '--shard', s, '--workers', '1'])));
    expect(rest.map((r) => r.status)).toEqual([0, 0]);
    const before = mtimes(out);
    expect(before.size).toBe(8);
    const again = await cli([...CALIBRATE, '--out', out, '--shard', '3/3', '--workers', '1']);
    expect(again.stdout).toContain('shard 3/3: 2 of 8 runs (0 run now, 2 already complete)');
    expect(mtimes(out)).toEqual(before);
  }, 120_000);

  it('merges into the ranked design of a local calibration, byte for byte, and runs nothing', async () => {
    const before = mtimes(out);
    const merge = await cli(['merge', out]);
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stdout).toContain('merged 8 runs (calibration)');
    expect(merge.stdout).toMatch(/rank\s+evaluation\s+params\.agglomeration\s+policy\.migrationCost\s+objective\s+search start\n1 .* chain 1\n2 .* chain 2\n3 /);
    expect(mtimes(out)).toEqual(before);
    // The design phase's files are the local calibration's; the search's are not there yet.
    const merged = dataFiles(out);
    const whole = dataFiles(local);
    expect(Object.keys(merged).filter((f) => !f.startsWith('runs/'))).toEqual(['design-evaluations.csv', 'design-runs.csv', 'design.json', 'plan.csv']);
    for (const [name, text] of Object.entries(merged)) expect(text, name).toBe(whole[name]);
    for (const f of ['calibration.json', 'evaluations.csv', 'fitted.json', 'manifest.json', 'report.html']) expect(existsSync(join(out, f)), f).toBe(false);
    // The report comes with the search; asked for now, it says what to run.
    const report = await cli(['report', out]);
    expect(report.status).toBe(2);
    expect(report.stderr.trim()).toBe(`${out}: a calibration not finished yet (no calibration.json; design-evaluations.csv ranks its design's candidates once merged): run the same factorflow calibrate command with --out ${out} to finish it, which writes the report`);
    // The ranking: the design's rows of evaluations.csv, ordered by objective; the 2 best start the chains.
    const ranked = csvRecords(join(out, 'design-evaluations.csv'));
    const evaluations = csvRecords(join(local, 'evaluations.csv')).filter((e) => e.phase === 'design');
    expect(ranked.map((r) => r.objective)).toEqual(evaluations.map((e) => e.objective));
    const byRank = [...ranked].sort((a, b) => Number(a.rank) - Number(b.rank));
    expect(byRank.map((r) => Number(r.objective))).toEqual(ranked.map((r) => Number(r.objective)).sort((a, b) => a - b));
    expect(byRank.map((r) => r.start)).toEqual(['1', '2', '', '']);
  }, 120_000);

  it('then runs only the search on the merged folder, ending as a wholly local calibration', async () => {
    const before = mtimes(out);
    const search = await cli([...CALIBRATE, '--out', out, '--workers', '2']);
    expect(search.status, search.stderr).toBe(0);
    const evaluations = csvRecords(join(out, 'evaluations.csv'));
    const later = evaluations.filter((e) => e.phase !== 'design').length;
    expect(search.stdout).toContain(`${evaluations.length} evaluations (${later * 2} runs now)`);
    for (const [name, mtime] of before) expect(statSync(join(out, 'runs', name, 'manifest.json')).mtimeMs, name).toBe(mtime);
    expect(dataFiles(out)).toEqual(dataFiles(local));
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(readFileSync(join(local, 'report.html'), 'utf8'));
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ kind: 'calibration', evaluations: evaluations.length });
  }, 120_000);

  it('writes Slurm scripts: the design as an array job, then one job that merges and runs the search', async () => {
    const dir = join(root, 'slurm');
    const r = await cli([...CALIBRATE, '--no-report', '--out', dir, '--slurm', '--array-size', '3', '--cpus-per-task', '2', '--time', '0:10:00']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Slurm: 3 array tasks of 2 CPUs');
    expect(r.stdout).toContain('then merge and the search on 2 CPUs');
    expect(existsSync(join(dir, 'runs'))).toBe(false);
    const shards = readFileSync(join(dir, 'slurm', 'shards.sbatch'), 'utf8');
    expect(shards).toContain('#SBATCH --array=1-3\n');
    expect(shards).toMatch(/\nexec \S+ \S+factorflow.js calibrate two-regions --targets \S+ .*--design 4 .*--out \S+ --shard "\$\{SLURM_ARRAY_TASK_ID\}\/3" --workers "\$\{SLURM_CPUS_PER_TASK:-1\}" --quiet\n/);
    const merge = readFileSync(join(dir, 'slurm', 'merge.sbatch'), 'utf8');
    expect(merge).toContain('#SBATCH --cpus-per-task=2\n');
    expect(merge).toContain('#SBATCH --time=0:10:00\n');
    const lines = merge.trim().split('\n');
    expect(lines.at(-2)).toMatch(/^\S+ \S+factorflow.js merge \S+slurm --no-report$/);
    expect(lines.at(-1)).toMatch(/^exec \S+ \S+factorflow.js calibrate two-regions .*--profile 2 --out \S+slurm --no-report --workers "\$\{SLURM_CPUS_PER_TASK:-1\}" --quiet$/);
    expect(lines.at(-1)).not.toMatch(/--shard|--slurm|--array-size|--plan/);
    expect(readFileSync(join(dir, 'slurm', 'submit.sh'), 'utf8')).toMatch(/sbatch --parsable --dependency=afterok:\$\{jid%%;\*\} \S+merge.sbatch/);
  }, 60_000);
});
