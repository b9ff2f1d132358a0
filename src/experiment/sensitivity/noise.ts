// How much of an outcome's variance across the design is seed noise. The base point (the
// middle of every range) is run with --reps seeds; the sample variance of the outcome
// across those seeds, s², is the noise a single run carries. Its share of the sample
// variance of the outcome across the design's runs, s² / V, says how large an index
// noise alone could produce: an index below the share cannot be told from noise. The 95%
// interval is the chi-square interval of s² (normal outcomes), (K − 1)s² / χ²(0.975 and
// 0.025, K − 1), divided by V.
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import type { IndexRow, Method } from './analyze.ts';

export const NOISE_PARAMETER = '(seed noise)';
export const NOISE_INDEX = 'noise_share';
/** The seed-noise standard deviation at the base point, in the outcome's own units. */
export const NOISE_SD_INDEX = 'noise_sd';

/** Sample variance (n − 1) of the finite values; NaN below two. */
export function sampleVariance(values: readonly number[]): number {
  const xs = values.filter(Number.isFinite);
  if (xs.length < 2) return NaN;
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
}

/** noise_share (s² / V) and noise_sd (s), each with its chi-square 95% interval. */
export function noiseRows(method: Method, outcome: string, design: readonly number[], reps: readonly number[]): IndexRow[] {
  const v = sampleVariance(design);
  const s2 = sampleVariance(reps);
  const k = reps.filter(Number.isFinite).length;
  const row = { method, outcome, parameter: NOISE_PARAMETER };
  if (!Number.isFinite(s2)) return [NOISE_INDEX, NOISE_SD_INDEX].map((index) => ({ ...row, index, value: NaN, ci_low: NaN, ci_high: NaN }));
  const low = ((k - 1) * s2) / chisquareQuantile(0.975, k - 1);
  const high = ((k - 1) * s2) / chisquareQuantile(0.025, k - 1);
  const share = v > 0 ? { value: s2 / v, ci_low: low / v, ci_high: high / v } : { value: NaN, ci_low: NaN, ci_high: NaN };
  return [
    { ...row, index: NOISE_INDEX, ...share },
    { ...row, index: NOISE_SD_INDEX, value: Math.sqrt(s2), ci_low: Math.sqrt(low), ci_high: Math.sqrt(high) },
  ];
}
