import { requireValues, requireWeights } from './validate.ts';

/**
 * Weighted mean: Σ wᵢxᵢ / Σ wᵢ. With population weights and values per person, this is
 * the national value per person.
 *
 * Computed as m₀ = Σ wᵢxᵢ/W corrected once by Σ wᵢ(xᵢ − m₀)/W (see mean.ts for why).
 * Runs in O(n).
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
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += weights[i] * values[i];
  const m0 = sum / total;
  let residual = 0;
  for (let i = 0; i < values.length; i++) residual += weights[i] * (values[i] - m0);
  return m0 + residual / total;
}

/**
 * The weighted mean as an unevaluated sum hi + lo: hi = weightedMeanOf, lo = Σ wᵢ(xᵢ − hi)/W,
 * what is left below hi's last digit. Theil's gaps (xᵢ − m)/m and (m_g − m)/m are then
 * computed as ((xᵢ − hi) − lo)/hi, accurate even when they are near the rounding of m.
 * For equal values hi is exact and lo is 0.
 */
export function weightedMeanParts(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  total: number,
): { hi: number; lo: number } {
  const hi = weightedMeanOf(values, weights, total);
  let residual = 0;
  for (let i = 0; i < values.length; i++) residual += weights[i] * (values[i] - hi);
  return { hi, lo: residual / total };
}
