import { meanOf } from './mean.ts';
import { requireValues } from './validate.ts';

/**
 * Coefficient of variation: standard deviation divided by the mean, unweighted
 * (every region counts once, whatever its size).
 *
 * sd = sqrt(Σ(xᵢ − m)² / n), population form (divides by n, not n − 1), so the CV of a
 * complete set of regions does not depend on a sampling correction. Runs in O(n).
 * The CV is undefined when the mean is 0: it returns NaN then. A negative mean gives a
 * negative CV.
 *
 * @throws {RangeError} when `values` is empty or holds a non-finite number.
 * @example
 * cv([1, 3]); // => 0.5 (m = 2, sd = 1)
 */
export function cv(values: ArrayLike<number>): number {
  requireValues('cv', values);
  const m = meanOf(values);
  if (m === 0) return NaN;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - m) * (values[i] - m);
  return Math.sqrt(squares / values.length) / m;
}
