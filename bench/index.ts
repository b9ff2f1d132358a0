// `npm run bench`: figures, no assertions. china-2020 at 100,000 and 1,000,000 labour
// agents: create + calibrate time, steps per second, bytes per agent, memory growth; the
// household Gini by merging sorted runs against a full sort; then bench/experiments.ts's
// benchExperiments if another engineer has written it.
// Then a 100,000-step run through the CLI: time and peak memory (bench/long-run.ts).
//   npm run bench -- --sizes=100000,1000000 --steps=10 --long-run-steps=100000 (0 skips it)
// Re-runs itself under `node --expose-gc` so that memory figures are taken after a full gc.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../src/io/scenario-files.ts';
import { benchLongRun } from './long-run.ts';
import { mean, measureSize, type SizeFigures } from './measure.ts';
import { fmt, table } from './table.ts';

const MB = 1024 * 1024;

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

function respawnWithGc(): never {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', self, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, FACTORFLOW_BENCH_CHILD: '1' } },
  );
  process.exit(child.status ?? 1);
}

function sizeRows(figures: SizeFigures[]): string {
  return table(
    ['labour agents', 'create ms', 'start ms', 'step ms', 'observe ms', 'steps/s', 'labor B/agent', 'rss MB', 'arrayBuffers MB'],
    figures.map((f) => {
      const perStep = mean(f.stepMs) + mean(f.observeMs);
      return [
        fmt(f.agents, 0), f.createMs, f.startMs, mean(f.stepMs), mean(f.observeMs), 1000 / perStep,
        f.laborBytesPerAgent, f.rssGrowth / MB, f.arrayBuffersGrowth / MB,
      ];
    }),
  );
}

function giniRows(figures: SizeFigures[]): string {
  const rows = figures.filter((f) => f.gini).map((f) => {
    const g = f.gini!;
    return [
      fmt(g.agents, 0), g.mergeMs, g.bucketMs, g.runsMs, g.mergeOnlyMs, g.sortMs, g.sortMs / g.mergeMs,
      g.mergeGini.toFixed(12), g.sortGini.toFixed(12),
    ];
  });
  return table(
    ['labour agents', 'householdStats ms', 'bucket sort+gini ms', 'old: fill runs ms', 'old: merge+gini ms', 'sort+gini ms', 'sort / householdStats', 'Gini (engine)', 'Gini (sort)'],
    rows,
  );
}

async function experiments(): Promise<void> {
  const url = new URL('./experiments.ts', import.meta.url);
  if (!existsSync(url)) {
    console.log('\nbench/experiments.ts not found: experiment benchmarks skipped.');
    return;
  }
  const mod = (await import(url.href)) as { benchExperiments?: () => unknown };
  if (typeof mod.benchExperiments !== 'function') {
    console.log('\nbench/experiments.ts exports no benchExperiments: experiment benchmarks skipped.');
    return;
  }
  console.log('\nExperiments (bench/experiments.ts)');
  const out = await mod.benchExperiments();
  if (out !== undefined) console.log(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
}

async function main(): Promise<void> {
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function' && !process.env.FACTORFLOW_BENCH_CHILD) respawnWithGc();
  const sizes = option('sizes', '100000,1000000').split(',').map(Number);
  const steps = Number(option('steps', '10'));
  const largest = Math.max(...sizes);
  console.log(`factorflow bench: china-2020, ${steps} timed steps after 1 warm-up`);
  console.log(`node ${process.version}, ${availableParallelism()} cpus, gc exposed: ${typeof (globalThis as { gc?: unknown }).gc === 'function'}\n`);
  const figures: SizeFigures[] = [];
  for (const agents of sizes) {
    const { scenario } = loadScenarioFile('china-2020', [`params.laborAgents=${agents}`]);
    figures.push(measureSize(scenario, steps, agents === largest));
    figures[figures.length - 1].model = undefined as never; // let the next size's gc free it
  }
  console.log(sizeRows(figures));
  console.log('\nsteps/s counts step() + observe(); rss and arrayBuffers: growth over create + start, after gc.');
  console.log('\nHousehold Gini at step 0 (median of 5): the engine path (householdStats: one walk, bucket sort,');
  console.log('Gini, poverty), its sort + Gini alone on a copy of the incomes, the path before it (fill group');
  console.log('runs in skill order, merge them; a replica, its two parts), and Float64Array.prototype.sort + giniSorted');
  console.log(giniRows(figures));
  const longSteps = Number(option('long-run-steps', '100000'));
  if (longSteps > 0) console.log(`\nLong run through the CLI (bench/long-run.ts)\n${benchLongRun(longSteps)}`);
  await experiments();
}

await main();
