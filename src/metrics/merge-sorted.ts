import { requireAscending } from './validate.ts';

/**
 * Merges runs that are each sorted ascending into one sorted array (a new array; the runs
 * are not modified). The engine keeps each region-sector-employment group's incomes in
 * skill order, so merging the groups gives the sorted incomes for giniSorted without a
 * full sort.
 *
 * Merges adjacent runs pairwise, round after round, between two buffers: each round is one
 * linear pass, and there are ⌈log₂ k⌉ rounds, so it runs in O(N log k) for N values in
 * k runs, with typed-array passes that are cheaper than a comparison sort.
 *
 * @throws {RangeError} when a run is not sorted ascending or holds NaN.
 * @example
 * mergeSorted([new Float64Array([1, 4]), new Float64Array([2, 3])]); // => Float64Array [1, 2, 3, 4]
 */
export function mergeSorted(runs: Float64Array[]): Float64Array {
  runs.forEach((run, r) => requireAscending('mergeSorted', run, `runs[${r}]`));
  const total = runs.reduce((n, run) => n + run.length, 0);
  let src = new Float64Array(total);
  let bounds = [0];
  for (const run of runs) {
    src.set(run, bounds[bounds.length - 1]);
    bounds.push(bounds[bounds.length - 1] + run.length);
  }
  let dst = new Float64Array(total);
  while (bounds.length > 2) {
    const next = [0];
    for (let b = 0; b + 1 < bounds.length; b += 2) {
      const end = b + 2 < bounds.length ? bounds[b + 2] : bounds[b + 1];
      mergeTwo(src, bounds[b], bounds[b + 1], end, dst);
      next.push(end);
    }
    [src, dst] = [dst, src];
    bounds = next;
  }
  return src;
}

/** Merges src[lo, mid) and src[mid, hi), both ascending, into dst[lo, hi). Stable. */
function mergeTwo(src: Float64Array, lo: number, mid: number, hi: number, dst: Float64Array): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) dst[k++] = src[j] < src[i] ? src[j++] : src[i++];
  while (i < mid) dst[k++] = src[i++];
  while (j < hi) dst[k++] = src[j++];
}
