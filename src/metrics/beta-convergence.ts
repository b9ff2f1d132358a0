import { log } from '../math/index.ts';
// The single-file build of mathjs: 0.1 s to load instead of 0.65 s for its ES modules,
// which every worker process and every CLI start would pay (src/types/mathjs-bundle.d.ts).
import mathjs from 'mathjs/lib/browser/math.js';
import { weightedMeanOf } from './weighted-mean.ts';
import { requirePositive, requireValues, requireWeights } from './validate.ts';

/** β-convergence of GDP per person across regions over the run. */
export interface BetaConvergence {
  beta: number;
  se: number;
  r2: number;
  /** λ = −ln(1 + βT)/T; NaN when 1 + βT ≤ 0. */
  speed: number;
  /** ln 2 / λ; NaN when λ ≤ 0. */
  halfLife: number;
  n: number;
  years: number;
}

/**
 * β-convergence: the OLS slope of average annual growth on the initial log level across
 * regions (Barro and Sala-i-Martin); β < 0 means poorer regions grow faster.
 *
 * gᵢ = ln(finalᵢ/initialᵢ)/T regressed on xᵢ = ln(initialᵢ) with an intercept:
 * b = (X'X)⁻¹X'g (X'WX, X'Wg with weights: WLS), β = b₁, with xᵢ centred on its
 * (weighted) mean first, which changes the intercept only; se = sqrt(s²·[(X'X)⁻¹]₁₁),
 * s² = Σ wᵢeᵢ² / (n − 2); r2 = 1 − Σ wᵢeᵢ² / Σ wᵢ(gᵢ − ḡ_w)²; speed λ = −ln(1 + βT)/T
 * (NaN when 1 + βT ≤ 0); halfLife = ln 2/λ (NaN when λ ≤ 0). Runs in O(n).
 * When every region starts at the same level the slope is undefined: all fields but n and
 * years are NaN then. r2 is NaN when every region grows at the same rate.
 *
 * @throws {RangeError} with fewer than 3 regions, arrays of different lengths, a value ≤ 0
 *   or non-finite, years ≤ 0, or bad weights (see weightedMean).
 * @example
 * // g = (1, 0.5, 0)/10 = 0.1 − 0.05·ln(initial): β = −0.05, λ = ln 2/10, half-life 10 years
 * betaConvergence([1, Math.E, Math.E ** 2], [Math.E, Math.E ** 1.5, Math.E ** 2], 10).halfLife; // => 10
 */
export function betaConvergence(
  initial: ArrayLike<number>,
  final: ArrayLike<number>,
  years: number,
  weights?: ArrayLike<number>,
): BetaConvergence {
  const n = checkInput(initial, final, years, weights);
  const w = weights ?? new Float64Array(n).fill(1);
  const logs = Array.from(initial, (x) => log(x));
  const g = Array.from(logs, (xi, i) => (log(final[i]) - xi) / years);
  // Centring ln(initial) leaves the slope and its se unchanged and keeps X'X well
  // conditioned; equal starting levels then give exactly zero spread.
  const x = centred(logs, w);
  if (x.every((xi, i) => xi === 0 || w[i] === 0)) return undefinedSlope(n, years);
  // WLS as OLS on rows scaled by √wᵢ.
  const X = x.map((xi, i) => [Math.sqrt(w[i]), Math.sqrt(w[i]) * xi]);
  const y = g.map((gi, i) => [Math.sqrt(w[i]) * gi]);
  const { inv, multiply, transpose } = mathjs;
  const Xt = transpose(X);
  const XtXinv = inv(multiply(Xt, X) as number[][]);
  const b = multiply(XtXinv, multiply(Xt, y)) as number[][];
  const [a, beta] = [b[0][0], b[1][0]];
  const ssr = g.reduce((s, gi, i) => s + w[i] * (gi - a - beta * x[i]) * (gi - a - beta * x[i]), 0);
  const se = Math.sqrt((ssr / (n - 2)) * XtXinv[1][1]);
  return { beta, se, r2: rSquared(g, w, ssr), ...speedOf(beta, years), n, years };
}

/** Validates the input and returns the number of regions. */
function checkInput(
  initial: ArrayLike<number>,
  final: ArrayLike<number>,
  years: number,
  weights?: ArrayLike<number>,
): number {
  const metric = 'betaConvergence';
  if (initial.length < 3) {
    throw new RangeError(`${metric}: needs at least 3 regions (a slope and its standard error), got ${initial.length}`);
  }
  if (final.length !== initial.length) {
    throw new RangeError(`${metric}: final has ${final.length} elements, initial has ${initial.length}`);
  }
  if (!(years > 0) || !Number.isFinite(years)) {
    throw new RangeError(`${metric}: years = ${years} must be a finite number > 0`);
  }
  requireValues(metric, initial, 'initial');
  requireValues(metric, final, 'final');
  requirePositive(metric, initial, 'initial');
  requirePositive(metric, final, 'final');
  if (weights !== undefined) requireWeights(metric, weights, initial.length);
  return initial.length;
}

/** x minus its weighted mean (weightedMeanOf: exact when the x are all equal). */
function centred(x: number[], w: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < w.length; i++) total += w[i];
  const m = weightedMeanOf(x, w, total);
  return x.map((xi) => xi - m);
}

/** Weighted R² of g given the sum of squared residuals. NaN when g has no variance. */
function rSquared(g: number[], w: ArrayLike<number>, ssr: number): number {
  let sw = 0;
  let swg = 0;
  for (let i = 0; i < g.length; i++) {
    sw += w[i];
    swg += w[i] * g[i];
  }
  const mean = swg / sw;
  const sst = g.reduce((s, gi, i) => s + w[i] * (gi - mean) * (gi - mean), 0);
  return sst === 0 ? NaN : 1 - ssr / sst;
}

/** Implied speed of convergence and half-life from β over T years. */
function speedOf(beta: number, years: number): { speed: number; halfLife: number } {
  const speed = 1 + beta * years > 0 ? -log(1 + beta * years) / years : NaN;
  const halfLife = speed > 0 ? Math.LN2 / speed : NaN;
  return { speed, halfLife };
}

function undefinedSlope(n: number, years: number): BetaConvergence {
  return { beta: NaN, se: NaN, r2: NaN, speed: NaN, halfLife: NaN, n, years };
}
