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

/** Mean ms per phase over `steps` steps of a model already started and warmed up. */
export function timePhases(model: Model, steps: number): number[] {
  const total = new Array<number>(PHASES.length).fill(0);
  for (let k = 0; k < steps; k++) {
    model.step += 1;
    PHASES.forEach(([, phase], p) => {
      const t0 = performance.now();
      phase(model);
      total[p] += performance.now() - t0;
    });
  }
  return total.map((ms) => ms / steps);
}

async function main(): Promise<void> {
  const agents = Number(option('agents', '1000000'));
  const steps = Number(option('steps', '5'));
  const { scenario } = loadScenarioFile('china-2020', [`params.laborAgents=${agents}`]);
  const model = createModel(scenario);
  start(model);
  step(model); // warm-up
  const ms = timePhases(model, steps);
  const sum = ms.reduce((s, x) => s + x, 0);
  console.log(`${fmt(agents, 0)} agents, mean of ${steps} steps: ${fmt(sum)} ms a step (with observe)\n`);
  console.log(table(['phase', 'ms', '%'], PHASES.map(([name], p) => [name, ms[p], (100 * ms[p]) / sum])));
}

await main();
