import { requireValues } from './validate.ts';

/**
 * Arithmetic mean: the sum of the values divided by their count.
 *
 * Computed as x₀ + Σ(xᵢ − x₀)/n. Shifting by the first value makes the mean of equal
 * values exactly that value, so dispersion indices of equal values come out exactly 0.
 * Runs in O(n).
 *
 * @throws {RangeError} when `values` is empty or holds a non-finite number.
 * @example
 * mean([1, 2, 3, 4]); // => 2.5
 */
export function mean(values: ArrayLike<number>): number {
  requireValues('mean', values);
  return meanOf(values);
}

/** The mean without input checks, for metrics that have already checked their input. */
export function meanOf(values: ArrayLike<number>): number {
  const shift = values[0];
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] - shift;
  return shift + sum / values.length;
}
