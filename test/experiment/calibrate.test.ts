// calibrate end to end on a four-region scenario: recovery of known parameters from synthetic
// targets, byte-identical folders for 1 and 2 workers, and resume after a kill.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';
import { runCalibration } from '../../src/experiment/calibration/calibrate.ts';
import { runMoments, meanMoments } from '../../src/experiment/calibration/moments.ts';
import { momentsOf, type Targets } from '../../src/experiment/calibration/targets.ts';
import { parseFreeList } from '../../src/experiment/calibration/free.ts';
import { latinHypercube } from '../../src/experiment/calibration/lhs.ts';
import { runReplications } from '../../src/experiment/replications/replications.ts';
import { replicationSeeds } from '../../src/experiment/runs/seeds.ts';
import { csvRecords, dataFiles, killAfterRuns, tempDir } from './helpers.ts';
import { drawInNode, extractSpecs } from '../report/helpers.ts';

const BIN = join(import.meta.dirname, '../../bin/factorflow.js');
const SCENARIO = join(import.meta.dirname, 'fixtures/four-regions.json');
const TRUTH = { 'params.diffusion': 0.08, 'params.tfpGrowth': 0.03 };
const truthSets = Object.entries(TRUTH).map(([k, v]) => `${k}=${v}`);

/** Synthetic targets: the truth's moments (mean of the replications) at steps 4 and 8. */
async function syntheticTargets(dir: string, seeds: number[]): Promise<string> {
  const scenario = loadScenarioFile(SCENARIO, truthSets).scenario;
  const out = join(dir, 'truth');
  await runReplications(scenario, seeds, { out, workers: 1 });
  const shape: Targets = {
    name: 'synthetic',
    national: [4, 8].flatMap((step) => [
      { column: 'sd_log_gdp_pc', step, value: 0, weight: 10_000 },
      { column: 'gdp_per_capita', step, value: 0, weight: 10_000 },
    ]),
    regions: [{ measure: 'population_share', step: 8, weight: 100, values: { A: 0, B: 0, C: 0, D: 0 } }],
  };
  const moments = momentsOf('synthetic', shape, scenario);
  const simulated = meanMoments(seeds.map((_, r) => runMoments(join(out, `rep-${r + 1}`), moments)));
  shape.national!.forEach((t, i) => (t.value = simulated[i]));
  (['A', 'B', 'C', 'D'] as const).forEach((id, k) => (shape.regions![0].values[id] = simulated[4 + k]));
  const file = join(dir, 'targets.json');
  writeFileSync(file, JSON.stringify(shape));
  return file;
}

const cliArgs = (targets: string, out: string, workers: number) => [
  BIN, 'calibrate', SCENARIO, '--targets', targets, '--free', 'params.diffusion=0:0.2', '--free', 'params.tfpGrowth=0:0.06',
  '--reps', '2', '--budget', '8', '--design', '4', '--profile', '2', '--workers', String(workers), '--out', out, '-q',
];

describe('calibrate', () => {
  const root = tempDir('calibrate');
  let targets = '';

  it('recovers known parameters from synthetic targets, each within 10%', async () => {
    targets = await syntheticTargets(root, replicationSeeds(1, 1));
    const base = loadScenarioFile(SCENARIO).scenario;
    const file = targets;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Targets;
    const free = parseFreeList(['params.diffusion=0:0.2', 'params.tfpGrowth=0:0.06']);
    // The search starts from the best design point, which is not the truth.
    const design = latinHypercube(10, 2, base.seed).map((u) => free.map((f, i) => f.lo + u[i] * (f.hi - f.lo)));
    expect(design.some((p) => Math.abs(p[0] / 0.08 - 1) < 0.1 && Math.abs(p[1] / 0.03 - 1) < 0.1)).toBe(false);
    const result = await runCalibration({
      base, load: (o) => loadScenarioFile(SCENARIO, o).scenario, free, targetsFile: file, targetsName: parsed.name,
      moments: momentsOf(file, parsed, base), seeds: [1],
      settings: { budget: 40, designPoints: 10, starts: 2, profilePoints: 0, profileWidth: 0.15, search: { step: 0.1, tolerance: 0.005 } },
      ref: SCENARIO, overrides: [],
    }, { out: join(root, 'recovery'), workers: 1 });
    const [diffusion, tfpGrowth] = result.best.values;
    expect(Math.abs(diffusion / TRUTH['params.diffusion'] - 1)).toBeLessThan(0.1);
    expect(Math.abs(tfpGrowth / TRUTH['params.tfpGrowth'] - 1)).toBeLessThan(0.1);
    // The search improved on the design.
    const bestDesign = Math.min(...result.evaluations.filter((e) => e.phase === 'design').map((e) => e.objective));
    expect(result.best.objective).toBeLessThan(bestDesign);
    const fitted = JSON.parse(readFileSync(join(root, 'recovery', 'fitted.json'), 'utf8'));
    expect(fitted.params).toEqual({ diffusion, tfpGrowth });
    expect(loadScenarioFile(join(root, 'recovery', 'fitted.json')).scenario.params.diffusion).toBe(diffusion);
  }, 300_000);

  it('writes the same bytes with 1 and 2 workers, and every output', () => {
    const one = join(root, 'one');
    const run = spawnSync(process.execPath, cliArgs(targets, one, 1), { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/evaluations \(\d+ runs now\); best: evaluation \d+/);
    expect(spawnSync(process.execPath, cliArgs(targets, join(root, 'two'), 2), { encoding: 'utf8' }).status).toBe(0);
    expect(dataFiles(join(root, 'two'))).toEqual(dataFiles(one));
    const evaluations = csvRecords(join(one, 'evaluations.csv'));
    // 4 design points + 4 search evaluations + 2 profile points per parameter (some may repeat the optimum's neighbours).
    expect(evaluations.slice(0, 4).every((e) => e.phase === 'design')).toBe(true);
    expect(evaluations.filter((e) => e.phase === 'search').length).toBe(4);
    const calibration = JSON.parse(readFileSync(join(one, 'calibration.json'), 'utf8'));
    expect(calibration.evaluations).toBe(evaluations.length);
    expect(calibration.moments.map((m: { id: string }) => m.id)).toContain('population_share.C@8');
    expect(calibration.parameters.map((p: { key: string }) => p.key)).toEqual(['params.diffusion', 'params.tfpGrowth']);
    expect(readFileSync(join(one, 'design-runs.csv'), 'utf8').trim().split('\n').length).toBe(1 + 4 * 2);
    expect(readFileSync(join(one, 'report.html'), 'utf8')).toContain('One-parameter profiles');
  }, 300_000);

  it('draws every chart of its report without a warning', async () => {
    const specs = extractSpecs(readFileSync(join(root, 'one', 'report.html'), 'utf8'));
    expect(Object.keys(specs).sort()).toEqual(['fit-population-share', 'objective-trace', 'profiles']);
    for (const [id, spec] of Object.entries(specs)) {
      const { svg, warnings } = await drawInNode(spec);
      expect(warnings, id).toEqual([]);
      expect(svg).toContain('<svg');
    }
  }, 60_000);

  it('resumes a killed calibration without running finished runs again', async () => {
    const out = join(root, 'killed');
    const child = spawn(process.execPath, cliArgs(targets, out, 1));
    const runsDir = join(out, 'runs');
    const before = await killAfterRuns(child, runsDir, 10);
    expect(before.size).toBeGreaterThanOrEqual(10); // into the search phase
    expect(existsSync(join(out, 'calibration.json'))).toBe(false);
    const again = spawnSync(process.execPath, cliArgs(targets, out, 2), { encoding: 'utf8' });
    expect(again.status).toBe(0);
    for (const [name, mtime] of before) expect(statSync(join(runsDir, name, 'manifest.json')).mtimeMs).toBe(mtime);
    expect(dataFiles(out)).toEqual(dataFiles(join(root, 'one')));
  }, 300_000);

  it('names a bad --free in one line with exit code 2', () => {
    const bad = (free: string) => spawnSync(process.execPath, [BIN, 'calibrate', SCENARIO, '--targets', targets, '--free', free, '--out', join(root, 'bad')], { encoding: 'utf8' });
    const reversed = bad('params.diffusion=0.2:0');
    expect(reversed.status).toBe(2);
    expect(reversed.stderr.trim()).toBe('--free params.diffusion: LO must be below HI (got 0.2:0)');
    const unknown = bad('params.difusion=0:1');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/params\.difusion.*did you mean "params\.diffusion"/);
    expect(existsSync(join(root, 'bad'))).toBe(false);
  }, 60_000);
});
