// Wall time of each phase of a step, the phases called one by one from the engine's own
// list (src/engine/step.ts PHASES), plus the recording of outcomes.
// V8 inlines the phases into step() under a profiler, so timing them apart is clearer.
//   npx tsx bench/phases.ts --agents=1000000 --steps=5
import { createModel, observe, start, step, type Model } from '../src/engine/index.ts';
import { PHASES as STEP_PHASES } from '../src/engine/step.ts';
import { loadScenarioFile } from '../src/io/scenario-files.ts';
import { fmt, table } from './table.ts';

const PHASES: (readonly [string, (m: Model) => void])[] = [
  ...STEP_PHASES,
  ['11 observe', (m) => { observe(m); }],
];

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

/**
 * Per phase over `steps` steps of a model already started and warmed up: mean wall ms, and
 * the least CPU ms of any step (process CPU time, the collector's threads included), which
 * another process on a shared machine disturbs less than the wall time.
 */
export function timePhases(model: Model, steps: number): { wall: number[]; cpu: number[] } {
  const total = new Array<number>(PHASES.length).fill(0);
  const cpu = new Array<number>(PHASES.length).fill(Infinity);
  for (let k = 0; k < steps; k++) {
    model.step += 1;
    PHASES.forEach(([, phase], p) => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      phase(model);
      const c = process.cpuUsage(c0);
      total[p] += performance.now() - t0;
      cpu[p] = Math.min(cpu[p], (c.user + c.system) / 1000);
    });
  }
  return { wall: total.map((ms) => ms / steps), cpu };
}

async function main(): Promise<void> {
  const agents = Number(option('agents', '1000000'));
  const steps = Number(option('steps', '5'));
  const { scenario } = loadScenarioFile('china-2020', [`params.laborAgents=${agents}`]);
  const model = createModel(scenario);
  start(model);
  step(model); // warm-up
  const { wall, cpu } = timePhases(model, steps);
  const sum = wall.reduce((s, x) => s + x, 0);
  const cpuSum = cpu.reduce((s, x) => s + x, 0);
  console.log(`${fmt(agents, 0)} agents, ${steps} steps: ${fmt(sum)} ms a step (mean wall time, with observe); `
    + `sum of each phase's least CPU time ${fmt(cpuSum)} ms\n`);
  console.log(table(['phase', 'wall ms', '%', 'least CPU ms'], PHASES.map(([name], p) => [name, wall[p], (100 * wall[p]) / sum, cpu[p]])));
}

await main();
