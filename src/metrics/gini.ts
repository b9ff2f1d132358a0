import { giniSorted } from './gini-sorted.ts';
import { requireNonNegative, requireValues } from './validate.ts';

/**
 * Gini coefficient of individual incomes (every value one person): the mean absolute
 * difference between two people, over twice the mean income.
 *
 * Sorts a Float64Array copy (numeric sort, the input is left untouched) and applies
 * giniSorted: G = Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σ x), i = 1..n over the sorted values.
 * Runs in O(n log n); a million incomes take well under a second. Where incomes come in
 * already-sorted groups, mergeSorted + giniSorted avoids the sort.
 *
 * @throws {RangeError} when `values` is empty or holds a negative or non-finite number;
 *   returns NaN when every income is 0.
 * @example
 * gini([3, 1, 4, 2]); // => 0.25
 */
export function gini(values: Float64Array | number[]): number {
  requireValues('gini', values);
  requireNonNegative('gini', values);
  const sorted = Float64Array.from(values).sort();
  return giniSorted(sorted);
}
