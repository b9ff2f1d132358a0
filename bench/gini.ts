// The household Gini several ways on the same incomes: the engine's path (householdStats:
// one walk, then the bucket sort of src/metrics/sort-non-negative.ts), that sort alone,
// the path before it (agents walked in skill order into sorted group runs, runs merged;
// a replica) and a plain native sort of all incomes. Measured on a model at its measuring
// point (right after start), where every group's incomes are sorted by skill.
import { householdStats } from '../src/engine/record.ts';
import type { Model } from '../src/engine/index.ts';
import { giniSorted, mergeSorted, sortNonNegative } from '../src/metrics/index.ts';

export interface GiniFigures {
  agents: number;
  /** householdStats: Gini, poverty and means. */
  mergeMs: number;
  /** A copy of the incomes, sortNonNegative + giniSorted (householdStats' sort and Gini). */
  bucketMs: number;
  sortMs: number;
  /** The path before the bucket sort: the walk in skill order that fills the group runs (a replica, see runs()). */
  runsMs: number;
  /** The path before the bucket sort: mergeSorted + giniSorted on the filled runs. */
  mergeOnlyMs: number;
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
  const fill: number[] = [];
  const mergeOnly: number[] = [];
  const bucket: number[] = [];
  const scratch = new Float64Array(model.labor.count);
  for (let k = 0; k < reps; k++) {
    let t0 = performance.now();
    mergeGini = householdStats(model).gini;
    merge.push(performance.now() - t0);
    t0 = performance.now();
    giniSorted(sortNonNegative(Float64Array.from(model.labor.income), scratch));
    bucket.push(performance.now() - t0);
    t0 = performance.now();
    sortGini = giniSorted(Float64Array.from(model.labor.income).sort());
    sort.push(performance.now() - t0);
    t0 = performance.now();
    const groupRuns = runs(model);
    fill.push(performance.now() - t0);
    t0 = performance.now();
    giniSorted(mergeSorted(groupRuns));
    mergeOnly.push(performance.now() - t0);
  }
  return {
    agents: model.labor.count, mergeMs: median(merge), bucketMs: median(bucket), sortMs: median(sort),
    runsMs: median(fill), mergeOnlyMs: median(mergeOnly), mergeGini, sortGini,
  };
}

/**
 * The grouping part of householdStats alone (same groups, same skill-order walk, without
 * poverty and means), to split its time into filling the runs and merging them.
 */
function runs(model: Model): Float64Array[] {
  const { labor } = model;
  const groups = model.regions.count * 8;
  const groupOf = (i: number) =>
    ((labor.region[i] * 2 + labor.sector[i]) * 2 + labor.employed[i]) * 2 + (labor.hukou[i] === labor.region[i] ? 1 : 0);
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < labor.count; i++) start[groupOf(i) + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groups);
  const incomes = new Float64Array(labor.count);
  // Agents in skill order: through a `bySkill` permutation where the engine keeps one,
  // else the arrays themselves are stored in skill order.
  const bySkill = (labor as { bySkill?: Uint32Array }).bySkill;
  for (let k = 0; k < labor.count; k++) {
    const i = bySkill ? bySkill[k] : k;
    incomes[fill[groupOf(i)]++] = labor.income[i];
  }
  const out: Float64Array[] = [];
  for (let g = 0; g < groups; g++) {
    if (start[g + 1] === start[g]) continue;
    const run = incomes.subarray(start[g], start[g + 1]);
    // As householdStats' monotone(): level ulp-sized inversions of floor top-ups.
    for (let k = 1; k < run.length; k++) if (run[k] < run[k - 1]) run[k] = run[k - 1];
    out.push(run);
  }
  return out;
}
