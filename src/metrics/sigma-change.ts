import { sdLog } from './sd-log.ts';
import { requirePositive, requireValues } from './validate.ts';

export interface SigmaChange {
  start: number;
  end: number;
  change: number;
}

/**
 * σ-convergence over a run: the standard deviation of log values (sdLog, population form)
 * at the start and at the end, and its change; a negative change means convergence.
 *
 * start = sdLog(startValues), end = sdLog(endValues), change = end − start. Runs in O(n).
 *
 * @throws {RangeError} when either array is empty, non-finite, or holds a value ≤ 0.
 * @example
 * sigmaChange([1, Math.E ** 2], [1, Math.E]).change; // => -0.5
 */
export function sigmaChange(startValues: ArrayLike<number>, endValues: ArrayLike<number>): SigmaChange {
  for (const [name, values] of [['startValues', startValues], ['endValues', endValues]] as const) {
    requireValues('sigmaChange', values, name);
    requirePositive('sigmaChange', values, name);
  }
  const start = sdLog(startValues);
  const end = sdLog(endValues);
  return { start, end, change: end - start };
}
