// The household Gini two ways on the same incomes: the engine's path (agents walked in
// skill order into sorted group runs, runs merged; src/engine/record.ts householdStats)
// against a plain full sort of all incomes. Measured on a model at its measuring point
// (right after start), where every group's incomes are sorted by skill.
import { householdStats } from '../src/engine/record.ts';
import type { Model } from '../src/engine/index.ts';
import { giniSorted } from '../src/metrics/index.ts';

export interface GiniFigures {
  agents: number;
  mergeMs: number;
  sortMs: number;
  mergeGini: number;
  sortGini: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median of `reps` timings of each path, and the Gini each gives. */
export function compareGini(model: Model, reps = 5): GiniFigures {
  let mergeGini = NaN;
  let sortGini = NaN;
  const merge: number[] = [];
  const sort: number[] = [];
  for (let k = 0; k < reps; k++) {
    let t0 = performance.now();
    mergeGini = householdStats(model).gini;
    merge.push(performance.now() - t0);
    t0 = performance.now();
    sortGini = giniSorted(Float64Array.from(model.labor.income).sort());
    sort.push(performance.now() - t0);
  }
  return { agents: model.labor.count, mergeMs: median(merge), sortMs: median(sort), mergeGini, sortGini };
}
