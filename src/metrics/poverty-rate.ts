import { requireValues, requireWeights } from './validate.ts';

/**
 * Poverty rate (headcount ratio): the share of people, weighted if weights are given,
 * whose income is strictly below the poverty line.
 *
 * rate = Σ wᵢ·1[xᵢ < line] / Σ wᵢ (unweighted: count / n). Runs in O(n).
 *
 * @throws {RangeError} when `incomes` is empty or non-finite, `line` is not finite, or the
 *   weights are bad (see weightedMean).
 * @example
 * povertyRate([1, 2, 3, 4], 2.5); // => 0.5
 */
export function povertyRate(
  incomes: ArrayLike<number>,
  line: number,
  weights?: ArrayLike<number>,
): number {
  requireValues('povertyRate', incomes);
  if (!Number.isFinite(line)) throw new RangeError(`povertyRate: line = ${line} is not a finite number`);
  if (weights === undefined) {
    let poor = 0;
    for (let i = 0; i < incomes.length; i++) if (incomes[i] < line) poor++;
    return poor / incomes.length;
  }
  const total = requireWeights('povertyRate', weights, incomes.length);
  let poor = 0;
  for (let i = 0; i < incomes.length; i++) if (incomes[i] < line) poor += weights[i];
  return poor / total;
}
