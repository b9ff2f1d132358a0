// Seeded bootstrap: resample the rows of a design (Sobol's N base rows, Morris's R
// trajectories) with replacement, recompute an index, and take the 2.5% and 97.5%
// percentiles of the resampled values as its 95% interval. The draws come from a
// seedrandom stream named after the experiment's seed, so intervals are the same bits on
// every run and for any number of workers.
import seedrandom from 'seedrandom';

export const BOOTSTRAP_RESAMPLES = 1000;

export type Rng = () => number;

/** A stream of the sensitivity experiment seeded with `seed`, one per purpose (the Morris design, each bootstrap). */
export const sensitivityRng = (seed: number, purpose: string): Rng => seedrandom.alea(`factorflow/sensitivity/${seed}/${purpose}`);

/** `resamples` lists of n row indices drawn with replacement. */
export function resampleIndices(n: number, resamples: number, rng: Rng): Uint32Array[] {
  return Array.from({ length: resamples }, () => {
    const rows = new Uint32Array(n);
    for (let i = 0; i < n; i++) rows[i] = Math.floor(rng() * n);
    return rows;
  });
}

/** The p-quantile (0..1) of values by linear interpolation between order statistics (R's type 7); NaN when none is finite. */
export function quantile(values: readonly number[], p: number): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, xs.length - 1);
  return xs[lo] + (h - lo) * (xs[hi] - xs[lo]);
}

/** The 95% percentile interval of bootstrap values. */
export const percentileInterval = (values: readonly number[]): [number, number] => [quantile(values, 0.025), quantile(values, 0.975)];
