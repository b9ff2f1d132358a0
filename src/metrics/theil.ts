import { entropyTerm } from './entropy-term.ts';
import { weightedMeanParts } from './weighted-mean.ts';
import { requirePositive, requireValues, requireWeights } from './validate.ts';

/**
 * Theil T index, population-weighted: the income-weighted mean log deviation from the
 * national mean, 0 for perfect equality, ln(W/wᵢ) when region i has everything.
 *
 * T = Σ (wᵢ/W)(xᵢ/m) ln(xᵢ/m), m = Σ wᵢxᵢ / W the weighted mean. Summed in the
 * equivalent form Σ (wᵢ/W)·f(xᵢ/m), f(t) = t ln t − t + 1 ≥ 0 (entropy-term.ts), which
 * keeps small values of T accurate. Invariant to scaling all values by c > 0. Runs in O(n).
 *
 * @throws {RangeError} when a value is ≤ 0 or non-finite, or weights are bad (see weightedMean).
 * @example
 * theil([1, 3], [1, 1]); // => 0.13081203594113697 (m = 2: ½·½·ln½ + ½·1.5·ln1.5)
 */
export function theil(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  requireValues('theil', values);
  requirePositive('theil', values);
  const total = requireWeights('theil', weights, values.length);
  return theilOf(values, weights, total);
}

/** Theil T without input checks; `total` is Σ weights (> 0). */
export function theilOf(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  total: number,
): number {
  const { hi, lo } = weightedMeanParts(values, weights, total);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += weights[i] * entropyTerm((values[i] - hi - lo) / hi);
  return sum / total;
}
