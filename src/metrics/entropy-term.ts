// The summand of the Theil T index, written so that it stays accurate when incomes are
// nearly equal. Internal: not re-exported from index.ts.
import { log } from '../math/index.ts';

/** Series coefficients of f(d)/d² = Σ_{j≥0} (−1)^j d^j / ((j + 1)(j + 2)). */
const COEFFS = Array.from({ length: 16 }, (_, j) => (j % 2 === 0 ? 1 : -1) / ((j + 1) * (j + 2)));
/** Below this |d| the series is used; 0.1^16 is far below double precision. */
const SERIES_LIMIT = 0.1;

/**
 * f(t) = t·ln t − t + 1 for a ratio t = x/m, given as d = t − 1.
 *
 * Theil T = Σ pᵢ tᵢ ln tᵢ equals Σ pᵢ f(tᵢ) because Σ pᵢ tᵢ = 1 (pᵢ: weight shares). Unlike
 * t ln t, every f ≥ 0, so the sum has no cancellation, and an error in the mean m moves
 * it only in proportion to the index itself. Near d = 0, f ≈ d²/2 is summed as a series
 * instead of subtracting two nearly equal numbers. Runs in O(1).
 */
export function entropyTerm(d: number): number {
  if (Math.abs(d) < SERIES_LIMIT) {
    let s = 0;
    for (let j = COEFFS.length - 1; j >= 0; j--) s = s * d + COEFFS[j];
    return d * d * s;
  }
  const t = 1 + d;
  return t > 0 ? t * log(t) - d : 1; // limit of f as t → 0
}
