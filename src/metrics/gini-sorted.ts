import { requireAscending, requireWeights } from './validate.ts';

/**
 * Gini coefficient of values already sorted ascending, optionally weighted: the mean
 * absolute difference between two people drawn at random, over twice the mean.
 *
 * G = Σᵢ Σⱼ wᵢwⱼ|xᵢ − xⱼ| / (2 W² m). For sorted values the double sum collapses to
 * G = Σᵢ wᵢ aᵢ xᵢ / (W·Σ wᵢxᵢ), aᵢ = Cᵢ₋₁ + Cᵢ − W, Cᵢ the cumulative weight up to i
 * (unweighted: aᵢ = 2i − n − 1, i from 1). Since Σ wᵢaᵢ = 0, the values are taken
 * relative to the weighted median c: every term wᵢaᵢ(xᵢ − c) is then ≥ 0, so the sum has
 * no cancellation and equal values give exactly 0. Unweighted, G lies in [0, (n−1)/n].
 * Runs in O(n) (including the check that the input is sorted).
 *
 * Returns NaN when the total (Σ wᵢxᵢ) is 0: everyone has 0 and no share is defined.
 *
 * @throws {RangeError} when the input is empty, not sorted ascending, has a negative or
 *   non-finite value, or the weights are bad (see weightedMean).
 * @example
 * giniSorted([1, 2, 3, 4]); // => 0.25 (Σ(2i−5)xᵢ = 10, n·Σx = 40)
 */
export function giniSorted(sortedAscending: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const x = sortedAscending;
  requireSortedIncomes('giniSorted', x);
  if (weights === undefined) return unweighted(x);
  return weighted(x, weights, requireWeights('giniSorted', weights, x.length));
}

/** Incomes: non-empty, ascending, ≥ 0 and finite (after the order check, the ends suffice). */
function requireSortedIncomes(metric: string, x: ArrayLike<number>): void {
  const n = x.length;
  if (n === 0) throw new RangeError(`${metric}: needs at least 1 value, got 0`);
  requireAscending(metric, x);
  if (!(x[0] >= 0)) throw new RangeError(`${metric}: values[0] = ${x[0]} must be ≥ 0`);
  if (!Number.isFinite(x[n - 1])) throw new RangeError(`${metric}: values[${n - 1}] = ${x[n - 1]} is not finite`);
}

function unweighted(x: ArrayLike<number>): number {
  const n = x.length;
  const c = x[Math.floor((n - 1) / 2)]; // a median: aᵢ changes sign there
  let num = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    num += (2 * i - n + 1) * (x[i] - c);
    sum += x[i];
  }
  return sum === 0 ? NaN : num / (n * sum);
}

function weighted(x: ArrayLike<number>, w: ArrayLike<number>, total: number): number {
  const c = weightedMedian(x, w, total);
  let num = 0;
  let sum = 0;
  let before = 0; // Cᵢ₋₁
  for (let i = 0; i < x.length; i++) {
    num += w[i] * (2 * before + w[i] - total) * (x[i] - c);
    sum += w[i] * x[i];
    before += w[i];
  }
  return sum === 0 ? NaN : num / (total * sum);
}

/** The first sorted value whose cumulative weight reaches half the total. */
function weightedMedian(x: ArrayLike<number>, w: ArrayLike<number>, total: number): number {
  let cumulative = 0;
  for (let i = 0; i < x.length; i++) {
    cumulative += w[i];
    if (2 * cumulative >= total) return x[i];
  }
  return x[x.length - 1];
}
