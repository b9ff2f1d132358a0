import { meanOf } from './mean.ts';
import { requirePositive, requireValues } from './validate.ts';
import { log } from '../math/index.ts';

/**
 * Standard deviation of log values, unweighted: the σ of σ-convergence.
 *
 * sdLog = sqrt(Σ(ln xᵢ − L)² / n), L = Σ ln xᵢ / n (population form: divides by n).
 * Invariant to scaling all values by c > 0. Runs in O(n).
 *
 * @throws {RangeError} when `values` is empty, non-finite, or holds a value ≤ 0.
 * @example
 * sdLog([1, Math.E ** 2]); // => 1 (logs 0 and 2, mean 1)
 */
export function sdLog(values: ArrayLike<number>): number {
  requireValues('sdLog', values);
  requirePositive('sdLog', values);
  const logs = Float64Array.from(values as ArrayLike<number>, (x) => log(x));
  const m = meanOf(logs);
  let squares = 0;
  for (let i = 0; i < logs.length; i++) squares += (logs[i] - m) * (logs[i] - m);
  return Math.sqrt(squares / logs.length);
}
