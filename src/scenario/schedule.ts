// The schedule as the engine applies it: a list of actions per step. Ramps (`set` with
// `over`) become one `set` per step, so the engine never needs to know about them.
import { withCost } from './link-costs.ts';
import { getPath } from './paths.ts';
import { ScenarioError } from './problems.ts';
import { dateOrder } from './schedule-checks.ts';
import { schemaAt } from './schema.ts';
import type { Link, Scenario, ScheduleEntry, SetValue } from './types.ts';

export type ScheduledAction =
  | { kind: 'set'; key: string; value: SetValue }
  | { kind: 'addLink'; link: Link }
  | { kind: 'removeLink'; from: string; to: string }
  | { kind: 'linkCost'; from: string; to: string; factor?: number; cost?: number };

/** The value of `key` in force at `step`: the scenario's, then every set so far in order. */
function valueInForce(scenario: Scenario, byStep: ScheduledAction[][], key: string, step: number): unknown {
  let value = getPath(scenario, key);
  for (const actions of byStep.slice(0, step + 1)) {
    for (const a of actions) if (a.kind === 'set' && a.key === key) value = a.value;
  }
  return value;
}

/**
 * A linear ramp from the value in force v0 to `target` over `over` steps from `step`:
 * value at step + k = v0 + (target − v0)(k + 1)/over, so the target is reached at
 * step + over − 1. Integer keys are rounded.
 */
function ramp(v0: number, target: number, over: number, k: number, integer: boolean): number {
  const v = v0 + ((target - v0) * (k + 1)) / over;
  return integer ? Math.round(v) : v;
}

function addSets(scenario: Scenario, byStep: ScheduledAction[][], entry: ScheduleEntry): void {
  const over = entry.over ?? 1;
  for (const [key, target] of Object.entries(entry.set ?? {})) {
    const v0 = valueInForce(scenario, byStep, key, entry.step);
    if (over <= 1 || typeof target !== 'number' || typeof v0 !== 'number') {
      byStep[entry.step].push({ kind: 'set', key, value: target });
      continue;
    }
    const integer = schemaAt(key)?.type === 'integer';
    // Steps past the end of the run are dropped: the run ends mid-ramp.
    for (let k = 0; k < over && entry.step + k < byStep.length; k++) {
      byStep[entry.step + k].push({ kind: 'set', key, value: ramp(v0, target, over, k, integer) });
    }
  }
}

function linkWithCost(scenario: Scenario, link: Link): Link {
  const filled = withCost(link, scenario.regions, scenario.params.linkCostPerKm);
  if (typeof filled.cost !== 'number') {
    throw new ScenarioError([{ file: scenario.name, path: 'schedule', message: `addLink ${link.from}–${link.to} has no cost and its regions lack lon/lat` }]);
  }
  return { from: filled.from, to: filled.to, cost: filled.cost };
}

/** The actions of each step, indexed 0..steps (index 0 stays empty: changes start at step 1). */
export function compileSchedule(scenario: Scenario): ScheduledAction[][] {
  const byStep: ScheduledAction[][] = Array.from({ length: scenario.steps + 1 }, () => []);
  const entries = scenario.schedule;
  for (const i of dateOrder(entries)) {
    const e = entries[i];
    if (e.step < 1 || e.step > scenario.steps) continue;
    if (e.set) addSets(scenario, byStep, e);
    if (e.addLink) byStep[e.step].push({ kind: 'addLink', link: linkWithCost(scenario, e.addLink) });
    if (e.removeLink) byStep[e.step].push({ kind: 'removeLink', from: e.removeLink.from, to: e.removeLink.to });
    if (e.linkCost) byStep[e.step].push({ kind: 'linkCost', ...e.linkCost });
  }
  return byStep;
}
