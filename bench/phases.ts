// Wall time of each phase of a step, the phases called one by one in the order of
// src/engine/step.ts (kept in step with it by hand: if step.ts changes, change PHASES).
// V8 inlines the phases into step() under a profiler, so timing them apart is clearer.
//   npx tsx bench/phases.ts --agents=1000000 --steps=5
import { firmDynamics } from '../src/engine/firms.ts';
import { geography } from '../src/engine/geography.ts';
import { government } from '../src/engine/government.ts';
import { households } from '../src/engine/households.ts';
import { createModel, observe, start, step, type Model } from '../src/engine/index.ts';
import { investment } from '../src/engine/investment.ts';
import { laborMarket } from '../src/engine/labor-market.ts';
import { migration } from '../src/engine/migration.ts';
import { applySchedule } from '../src/engine/policy.ts';
import { production } from '../src/engine/production.ts';
import { householdStats } from '../src/engine/record.ts';
import { technology } from '../src/engine/technology.ts';
import { loadScenarioFile } from '../src/io/scenario-files.ts';
import { fmt, table } from './table.ts';

const PHASES: [string, (m: Model) => void][] = [
  ['1 policy schedule', applySchedule],
  ['2 geography', geography],
  ['3 technology', technology],
  ['4 labour market', (m) => laborMarket(m)],
  ['5 production', production],
  ['6 government', government],
  ['7 households', households],
  ['  measure (householdStats)', (m) => { m.households = householdStats(m); }],
  ['8 investment', investment],
  ['9 firms', firmDynamics],
  ['10 migration', migration],
  ['  remember output', (m) => {
    for (let r = 0; r < m.regions.count; r++) m.lastGdp[r] = m.regions.urbanOutput[r] + m.regions.ruralOutput[r];
  }],
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
