/**
 * Gini coefficient of values given as sorted runs laid end to end in one array, equal to
 * giniSorted of their merge bit for bit, without materialising the merged copy: the runs
 * are merged pairwise between `values` and `scratch` until two remain, and the last merge
 * feeds giniSorted's sums directly, in the same order (ascending; tied values give equal
 * terms whichever run they come from). The median giniSorted centres on is found first by
 * a binary search over the two last runs.
 *
 * `values` and `scratch` (each at least as long as the values) are overwritten.
 * `bounds` are the run boundaries: run r is values[bounds[r], bounds[r + 1]).
 *
 * @throws {RangeError} as giniSorted: no values, a negative or non-finite value.
 * @example
 * giniOfRuns(new Float64Array([1, 4, 2, 3]), [0, 2, 4], new Float64Array(4)); // => 0.25
 */
export function giniOfRuns(values: Float64Array, bounds: readonly number[], scratch: Float64Array): number {
  let src = values;
  let dst = scratch;
  let b = [...bounds];
  const n = b[b.length - 1] - b[0];
  if (n === 0) throw new RangeError('giniOfRuns: needs at least 1 value, got 0');
  while (b.length > 3) {
    const next = [b[0]];
    for (let r = 0; r + 1 < b.length; r += 2) {
      const end = r + 2 < b.length ? b[r + 2] : b[r + 1];
      mergeTwo(src, b[r], b[r + 1], end, dst);
      next.push(end);
    }
    [src, dst] = [dst, src];
    b = next;
  }
  return lastMerge(src, b[0], b[1], b[b.length - 1], n);
}

/** Merges src[lo, mid) and src[mid, hi), both ascending, into dst[lo, hi). */
function mergeTwo(src: Float64Array, lo: number, mid: number, hi: number, dst: Float64Array): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) dst[k++] = src[j] < src[i] ? src[j++] : src[i++];
  while (i < mid) dst[k++] = src[i++];
  while (j < hi) dst[k++] = src[j++];
}

/** The value of rank `k` (0-based) in the merge of x[lo, mid) and x[mid, hi). */
function rankInTwo(x: Float64Array, lo: number, mid: number, hi: number, k: number): number {
  const na = mid - lo;
  const nb = hi - mid;
  // Take i from the first run and k + 1 − i from the second so that the (k+1) smallest are those.
  let left = Math.max(0, k + 1 - nb);
  let right = Math.min(k + 1, na);
  while (left < right) {
    const i = (left + right) >> 1;
    const j = k + 1 - i;
    if (j > 0 && i < na && x[mid + j - 1] > x[lo + i]) left = i + 1;
    else right = i;
  }
  const i = left;
  const j = k + 1 - i;
  const a = i > 0 ? x[lo + i - 1] : -Infinity;
  const bv = j > 0 ? x[mid + j - 1] : -Infinity;
  return Math.max(a, bv);
}

/** giniSorted's unweighted sums over the merge of x[lo, mid) and x[mid, hi). */
function lastMerge(x: Float64Array, lo: number, mid: number, hi: number, n: number): number {
  const smallest = Math.min(mid > lo ? x[lo] : Infinity, hi > mid ? x[mid] : Infinity);
  const largest = Math.max(mid > lo ? x[mid - 1] : -Infinity, hi > mid ? x[hi - 1] : -Infinity);
  if (!(smallest >= 0)) throw new RangeError(`giniOfRuns: values[0] = ${smallest} must be ≥ 0`);
  if (!Number.isFinite(largest)) throw new RangeError(`giniOfRuns: values[${n - 1}] = ${largest} is not finite`);
  const c = rankInTwo(x, lo, mid, hi, Math.floor((n - 1) / 2));
  let num = 0;
  let sum = 0;
  let i = lo;
  let j = mid;
  let k = 0;
  while (i < mid && j < hi) {
    const v = x[j] < x[i] ? x[j++] : x[i++];
    num += (2 * k - n + 1) * (v - c);
    sum += v;
    k++;
  }
  while (i < mid) {
    const v = x[i++];
    num += (2 * k - n + 1) * (v - c);
    sum += v;
    k++;
  }
  while (j < hi) {
    const v = x[j++];
    num += (2 * k - n + 1) * (v - c);
    sum += v;
    k++;
  }
  return sum === 0 ? NaN : num / (n * sum);
}
