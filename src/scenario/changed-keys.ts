// Which keys a scenario changes against another, and which its schedule sets: for the
// comparison report ("what this policy changes") and for the warning that a swept or
// compared key is also set by the schedule (whose value then replaces it from that step on).
import { getPath, type Scenario } from './index.ts';

/** Dotted keys of every leaf under `value` (arrays are leaves). */
function leaves(value: unknown, prefix: string): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

export interface KeyChange {
  key: string;
  baseline: unknown;
  policy: unknown;
}

/** The params and policy keys whose values differ between two resolved scenarios, in key order. */
export function changedKeys(baseline: Pick<Scenario, 'params' | 'policy'>, policy: Pick<Scenario, 'params' | 'policy'>): KeyChange[] {
  const keys = [...new Set([...leaves(baseline.params, 'params'), ...leaves(baseline.policy, 'policy'),
    ...leaves(policy.params, 'params'), ...leaves(policy.policy, 'policy')])];
  return keys
    .map((key) => ({ key, baseline: getPath(baseline, key), policy: getPath(policy, key) }))
    .filter((c) => JSON.stringify(c.baseline) !== JSON.stringify(c.policy));
}

/** Every key a `set` of the schedule names, with the steps it is set at (ascending). */
export function scheduledKeys(scenario: Pick<Scenario, 'schedule'>): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  for (const entry of scenario.schedule) {
    for (const key of Object.keys(entry.set ?? {})) keys.set(key, [...(keys.get(key) ?? []), entry.step].sort((a, b) => a - b));
  }
  return keys;
}

/**
 * One warning per key of `keys` that the scenario's schedule also sets: from the first such
 * step on, the schedule's value replaces the one varied (`what`: "swept", "changed by <policy>").
 */
export function scheduleConflicts(scenario: Pick<Scenario, 'name' | 'schedule'>, keys: readonly string[], what: string): string[] {
  const scheduled = scheduledKeys(scenario);
  return keys.filter((k) => scheduled.has(k)).map((k) => {
    const steps = scheduled.get(k)!;
    return `warning: ${k} is ${what} but the schedule of ${scenario.name} also sets it (step ${steps.join(', ')}): `
      + `from step ${steps[0]} on the schedule's value replaces it, so differences after that step do not come from it`;
  });
}
