import { weightedMeanOf } from './weighted-mean.ts';
import { requireValues, requireWeights } from './validate.ts';

/**
 * Population-weighted coefficient of variation (Williamson's index): the weighted standard
 * deviation of regional values around the weighted (national) mean, over that mean.
 *
 * weightedCv = sqrt(Σ wᵢ(xᵢ − m_w)² / W) / m_w, with W = Σ wᵢ and m_w = Σ wᵢxᵢ / W
 * (population form: divides by W). Runs in O(n). Returns NaN when m_w is 0; a negative
 * m_w gives a negative value.
 *
 * @throws {RangeError} on empty or non-finite values, or bad weights (see weightedMean).
 * @example
 * weightedCv([1, 3], [3, 1]); // => 0.5773502691896257 (m = 1.5, sd = sqrt(0.75))
 */
export function weightedCv(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  requireValues('weightedCv', values);
  const total = requireWeights('weightedCv', weights, values.length);
  const m = weightedMeanOf(values, weights, total);
  if (m === 0) return NaN;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += weights[i] * (values[i] - m) * (values[i] - m);
  return Math.sqrt(squares / total) / m;
}
