// Which results may be compared: the same regions (a policy changes levers, not the map)
// and the same steps. Anything else is refused unless --force, which then compares the
// steps the runs share.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Group } from './compare.ts';
import { InputError } from '../errors.ts';
import type { RunData } from '../runs/run-folder.ts';

export interface Shape {
  ref: string;
  /** Region ids, or undefined when the folder has no scenario.json to tell. */
  regions?: string[];
  lastStep: number;
}

/** Region ids from a run folder's scenario.json, if it has one. */
export function regionsOfRun(dir: string): string[] | undefined {
  const file = join(dir, 'scenario.json');
  if (!existsSync(file)) return undefined;
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as { regions?: { id?: unknown }[] };
    return Array.isArray(s.regions) ? s.regions.map((r) => String(r?.id)) : undefined;
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
}

export function requireComparable(shapes: Shape[], force: boolean): void {
  if (force) return;
  const [first, ...rest] = shapes;
  for (const s of rest) {
    if (first.regions && s.regions && first.regions.join('\u0000') !== s.regions.join('\u0000')) {
      throw new InputError(`${s.ref}: not the same regions as ${first.ref} (${s.regions.length} against ${first.regions.length}${s.regions.length === first.regions.length ? ', other ids' : ''}): these are different scenarios, not policies of one; add --force to compare them anyway`);
    }
    if (s.lastStep !== first.lastStep) {
      throw new InputError(`${s.ref}: runs to step ${s.lastStep}, ${first.ref} to step ${first.lastStep}; add --force to compare the steps they share`);
    }
  }
}

/** The groups cut to the steps every run has (for --force). */
export function commonStepsOnly(groups: Group[]): Group[] {
  const runs = groups.flatMap((g) => g.runs);
  const shared = runs[0].steps.filter((step) => runs.every((r) => r.steps.includes(step)));
  if (shared.length === 0) throw new InputError('the runs have no step in common');
  const cut = (r: RunData): RunData => {
    const at = shared.map((step) => r.steps.indexOf(step));
    const values = Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, at.map((i) => v[i])])) as RunData['values'];
    return { ...r, steps: shared, values };
  };
  return groups.map((g) => ({ ...g, runs: g.runs.map(cut) }));
}
