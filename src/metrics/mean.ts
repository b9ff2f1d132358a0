import { requireValues } from './validate.ts';

/**
 * Arithmetic mean: the sum of the values divided by their count.
 *
 * Computed as m₀ = Σxᵢ/n, then corrected once: m = m₀ + Σ(xᵢ − m₀)/n. The correction
 * removes most of the rounding of the first sum and makes the mean of equal values
 * exactly that value, so dispersion indices of equal values come out exactly 0.
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
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const m0 = sum / n;
  let residual = 0;
  for (let i = 0; i < n; i++) residual += values[i] - m0;
  return m0 + residual / n;
}
