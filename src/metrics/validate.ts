// Input checks shared by the metrics. Each throws a RangeError whose one-line message
// names the metric and the offending element, so a caller can report it without a trace.

/** Throws unless `values` (called `name` in messages) is non-empty and all finite. */
export function requireValues(metric: string, values: ArrayLike<number>, name = 'values'): void {
  if (values.length === 0) throw new RangeError(`${metric}: needs at least 1 value, got 0 in ${name}`);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new RangeError(`${metric}: ${name}[${i}] = ${values[i]} is not a finite number`);
    }
  }
}

/** Throws unless every value is > 0 (log-based indices are undefined at 0 and below). */
export function requirePositive(metric: string, values: ArrayLike<number>, name = 'values'): void {
  for (let i = 0; i < values.length; i++) {
    if (!(values[i] > 0)) {
      throw new RangeError(`${metric}: ${name}[${i}] = ${values[i]} must be > 0 (log-based index)`);
    }
  }
}

/**
 * Throws unless `weights` matches `n` in length, is finite and ≥ 0, and sums to more than 0.
 * Returns the sum of the weights.
 */
export function requireWeights(metric: string, weights: ArrayLike<number>, n: number): number {
  if (weights.length !== n) {
    throw new RangeError(`${metric}: weights has ${weights.length} elements, values has ${n}`);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new RangeError(`${metric}: weights[${i}] = ${w} must be a finite number ≥ 0`);
    }
    total += w;
  }
  if (!(total > 0)) throw new RangeError(`${metric}: weights sum to 0`);
  return total;
}

/** Throws unless every value is ≥ 0 (incomes; Gini and poverty are defined for them). */
export function requireNonNegative(metric: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!(values[i] >= 0)) {
      throw new RangeError(`${metric}: values[${i}] = ${values[i]} must be ≥ 0`);
    }
  }
}

/** Throws unless x is ascending; NaN fails the comparison, so it is caught too. */
export function requireAscending(metric: string, x: ArrayLike<number>, name = 'values'): void {
  for (let i = 1; i < x.length; i++) {
    if (!(x[i] >= x[i - 1])) {
      throw new RangeError(
        `${metric}: ${name}[${i}] = ${x[i]} breaks ascending order (${name}[${i - 1}] = ${x[i - 1]})`,
      );
    }
  }
}
