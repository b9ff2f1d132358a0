// What each scenario of a comparison is: its description, the params and policy keys it
// changes against the baseline, and the schedule entries the baseline does not have. Read
// from each group's resolved scenario.json (the first run's), so folders given as arguments
// get them too. Written to comparison.json for the report.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario, ScheduleEntry } from '../../scenario/index.ts';
import type { Group } from './compare.ts';
import { changedKeys, type KeyChange } from '../../scenario/changed-keys.ts';

export interface PolicyNote {
  name: string;
  description: string;
  /** Keys whose values differ from the baseline's (none for the baseline itself). */
  changes: KeyChange[];
  /** Schedule entries the baseline's schedule does not have. */
  schedule: ScheduleEntry[];
}

/** The group's resolved scenario (its first run's scenario.json), if readable. */
export function scenarioOf(group: Group): Scenario | undefined {
  const file = join(group.runs[0].dir, 'scenario.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Scenario;
  } catch {
    return undefined;
  }
}

/** One note per group, the baseline first; groups without a readable scenario.json get a bare note. */
export function policyNotes(groups: readonly Group[]): PolicyNote[] {
  const scenarios = groups.map(scenarioOf);
  const base = scenarios[0];
  const baseEntries = new Set((base?.schedule ?? []).map((e) => JSON.stringify(e)));
  return groups.map((g, i) => {
    const s = scenarios[i];
    if (!s) return { name: g.name, description: '', changes: [], schedule: [] };
    return {
      name: g.name,
      description: s.description ?? '',
      changes: i === 0 || !base ? [] : changedKeys(base, s),
      schedule: i === 0 ? s.schedule : s.schedule.filter((e) => !baseEntries.has(JSON.stringify(e))),
    };
  });
}
