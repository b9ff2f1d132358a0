// Experiment figures for `npm run bench` (bench/index.ts calls benchExperiments):
// replications per second on the bundled china-2020 at 100,000 agents with 1 worker and
// with every core, and the peak memory of a 200-run sweep (small runs, so that the
// figure measures the experiment machinery, not one big model).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioFile } from '../src/io/scenario-files.ts';
import { defaultWorkers } from '../src/experiment/runs/pool.ts';
import { runReplications } from '../src/experiment/replications/replications.ts';
import { replicationSeeds } from '../src/experiment/runs/seeds.ts';
import { runSweep } from '../src/experiment/sweep/sweep.ts';
import { expandGrid, parseVary } from '../src/experiment/sweep/grid.ts';

const scratch = (name: string) => join(tmpdir(), `factorflow-bench-${process.pid}-${name}`);

async function repsPerSecond(workers: number, reps: number): Promise<number> {
  const scenario = loadScenarioFile('china-2020', ['params.laborAgents=100000']).scenario;
  const out = scratch(`reps-${workers}`);
  const started = performance.now();
  await runReplications(scenario, replicationSeeds(scenario.seed, reps), { out, workers, fresh: true });
  const seconds = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  return reps / seconds;
}

/**
 * Resident memory of this process and of its children (the pool's worker processes), in
 * bytes, from /proc (Linux); elsewhere this process alone.
 */
function familyRss(): number {
  let total = process.memoryUsage().rss;
  if (!existsSync('/proc')) return total;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Peak resident memory of the experiment's processes during a 200-run sweep (20 points × 10 reps). */
async function sweepPeakMemory(workers: number): Promise<{ mb: number; seconds: number }> {
  const overrides = ['params.laborAgents=2000', 'steps=10'];
  const base = loadScenarioFile('china-2020', overrides).scenario;
  const design = expandGrid([parseVary('policy.transfers.rate=0:0.95:0.05')]);
  const out = scratch('sweep');
  let peak = familyRss();
  const sample = setInterval(() => (peak = Math.max(peak, familyRss())), 50);
  const started = performance.now();
  try {
    await runSweep({
      base, design, seeds: replicationSeeds(base.seed, 10),
      load: (o) => loadScenarioFile('china-2020', [...overrides, ...o]).scenario,
    }, { out, workers, fresh: true });
  } finally {
    clearInterval(sample);
    rmSync(out, { recursive: true, force: true });
  }
  return { mb: peak / 2 ** 20, seconds: (performance.now() - started) / 1000 };
}

export async function benchExperiments(): Promise<void> {
  const cores = defaultWorkers();
  // Enough replications that starting the worker processes is a small part of the time.
  const reps = Math.max(8, 4 * cores);
  const one = await repsPerSecond(1, reps);
  const all = await repsPerSecond(cores, reps);
  console.log(`experiments: china-2020, 100,000 agents, ${reps} replications`);
  console.log(`  1 worker:   ${one.toFixed(2)} replications/s`);
  console.log(`  ${cores} workers: ${all.toFixed(2)} replications/s (×${(all / one).toFixed(2)})`);
  const sweep = await sweepPeakMemory(cores);
  console.log(`  200-run sweep (2,000 agents, 10 steps, ${cores} workers): ${sweep.seconds.toFixed(1)} s, peak RSS ${sweep.mb.toFixed(0)} MB (main and worker processes together)`);
}

// Run on its own: `npx tsx bench/experiments.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await benchExperiments();
