import { giniSorted } from './gini-sorted.ts';
import { requireNonNegative, requireValues, requireWeights } from './validate.ts';

/**
 * Population-weighted Gini across regions: the Gini of a population in which everyone in
 * region i has the region's value xᵢ (within-region inequality ignored).
 *
 * G = Σᵢ Σⱼ wᵢwⱼ|xᵢ − xⱼ| / (2 W² m), m the weighted mean; computed by sorting the regions
 * by value and applying giniSorted. With all weights equal it equals gini(values).
 * Runs in O(n log n).
 *
 * @throws {RangeError} when a value is negative or non-finite, or weights are bad (see
 *   weightedMean); returns NaN when Σ wᵢxᵢ is 0.
 * @example
 * giniWeighted([1, 3], [3, 1]); // => 0.25 (pairs differ by 2 with weight 2·3·1; 12 / (2·16·1.5))
 */
export function giniWeighted(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  requireValues('giniWeighted', values);
  requireNonNegative('giniWeighted', values);
  requireWeights('giniWeighted', weights, values.length);
  // Sort positions, not values, so that each weight follows its value.
  const order = Array.from({ length: values.length }, (_, i) => i);
  order.sort((a, b) => values[a] - values[b]);
  const x = Float64Array.from(order, (i) => values[i]);
  const w = Float64Array.from(order, (i) => weights[i]);
  return giniSorted(x, w);
}
