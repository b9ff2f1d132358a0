import { requireValues, requireWeights } from './validate.ts';

/**
 * Weighted mean: Σ wᵢxᵢ / Σ wᵢ. With population weights and values per person, this is
 * the national value per person.
 *
 * Computed as x₀ + Σ wᵢ(xᵢ − x₀)/W (see mean.ts for why the shift). Runs in O(n).
 *
 * @throws {RangeError} when `values` is empty or non-finite, or `weights` differs in length,
 *   holds a negative or non-finite weight, or sums to 0.
 * @example
 * weightedMean([1, 2], [3, 1]); // => 1.25
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  requireValues('weightedMean', values);
  const total = requireWeights('weightedMean', weights, values.length);
  return weightedMeanOf(values, weights, total);
}

/** The weighted mean without input checks; `total` is Σ weights (> 0). */
export function weightedMeanOf(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  total: number,
): number {
  const shift = values[0];
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += weights[i] * (values[i] - shift);
  return shift + sum / total;
}
