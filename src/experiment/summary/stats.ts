// Mean, standard deviation and 95% t-interval of the mean across replications.
// Sums run in the order the values are given (replication order), so the result is the
// same bits whatever order runs finished in.
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface Stat {
  mean: number;
  sd: number;
  ci_low: number;
  ci_high: number;
  /** Finite values used (NaN and infinities, e.g. an undefined half-life, are left out). */
  n: number;
  /** 1 when the interval was cut to the quantity's valid range (withinRange), else 0. */
  ci_clipped: number;
}

export const STAT_COLUMNS = ['mean', 'sd', 'ci_low', 'ci_high', 'n', 'ci_clipped'] as const;

/**
 * mean = Σx/n (computed as x₁ + Σ(x − x₁)/n); sd = √(Σ(x − mean)²/(n − 1)); 95% interval = mean ± t(0.975, n − 1)·sd/√n.
 * n = 1 gives sd and interval NaN (written as empty cells). Runs in O(n).
 */
export function describe(values: readonly number[]): Stat {
  const xs = values.filter(Number.isFinite);
  const n = xs.length;
  if (n === 0) return { mean: NaN, sd: NaN, ci_low: NaN, ci_high: NaN, n, ci_clipped: 0 };
  // Sums of deviations from the first value: identical values give exactly that value
  // and sd 0 (a plain Σx/n would not), and large values lose fewer digits.
  const shift = xs[0];
  let sum = 0;
  for (const x of xs) sum += x - shift;
  const mean = shift + sum / n;
  if (n === 1) return { mean, sd: NaN, ci_low: NaN, ci_high: NaN, n, ci_clipped: 0 };
  let squares = 0;
  for (const x of xs) squares += (x - mean) * (x - mean);
  const sd = Math.sqrt(squares / (n - 1));
  const half = tQuantile(0.975, n - 1) * sd / Math.sqrt(n);
  return { mean, sd, ci_low: mean - half, ci_high: mean + half, n, ci_clipped: 0 };
}

/**
 * The interval cut to [lo, hi], the values the quantity can take (a share in [0, 1], an
 * R² at most 1, a standard error at least 0): a symmetric t-interval can leave that range
 * when values sit near a bound, and a bound beyond it is no information. ci_clipped says so.
 */
export function withinRange(stat: Stat, [lo, hi]: readonly [number, number]): Stat {
  if (!Number.isFinite(stat.ci_low)) return stat;
  const low = Math.max(lo, stat.ci_low);
  const high = Math.min(hi, stat.ci_high);
  const clipped = low !== stat.ci_low || high !== stat.ci_high;
  return clipped ? { ...stat, ci_low: low, ci_high: high, ci_clipped: 1 } : stat;
}

/** Fewer replications than this give intervals too wide and too unreliable to read much into. */
export const MIN_REPLICATIONS = 5;

/** Paired differences policy − baseline, pair by pair; pairs with a non-finite side are left out. */
export function pairedDifferences(baseline: readonly number[], policy: readonly number[]): number[] {
  if (baseline.length !== policy.length) throw new RangeError('paired samples must have the same length');
  const diffs: number[] = [];
  for (let i = 0; i < baseline.length; i++) {
    if (Number.isFinite(baseline[i]) && Number.isFinite(policy[i])) diffs.push(policy[i] - baseline[i]);
  }
  return diffs;
}
