// The Sobol low-discrepancy sequence (Bratley & Fox 1988; Joe & Kuo 2008), unscrambled,
// in Gray-code order as Joe and Kuo's own generator and scipy's qmc.Sobol(scramble=False)
// produce it, starting with the point 0. Its first 2^m points form a (t, m, s)-net: every
// coordinate takes each of the values k/2^m exactly once, which is why Saltelli designs
// ask for N a power of 2.
import { JOE_KUO, SOBOL_MAX_DIMENSIONS } from './joe-kuo.ts';

const BITS = 32;

/** V[k − 1] = m_k · 2^(32−k) for k = 1..32, as unsigned 32-bit integers. */
function directionNumbers(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dimension === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const [a, ...m] = JOE_KUO[dimension - 1];
  const s = m.length;
  for (let k = 0; k < Math.min(s, BITS); k++) v[k] = (m[k] * 2 ** (BITS - 1 - k)) >>> 0;
  for (let k = s; k < BITS; k++) {
    // m_k = 2a₁m_{k−1} ⊕ 2²a₂m_{k−2} ⊕ … ⊕ 2^s m_{k−s} ⊕ m_{k−s}, in shifted form.
    let x = (v[k - s] ^ (v[k - s] >>> s)) >>> 0;
    for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x = (x ^ v[k - j]) >>> 0;
    v[k] = x;
  }
  return v;
}

/** Index (0-based) of the lowest zero bit of i. */
function lowestZeroBit(i: number): number {
  let c = 0;
  while (i & 1) {
    i >>>= 1;
    c++;
  }
  return c;
}

/**
 * The first `n` points of the `dimensions`-dimensional Sobol sequence, point 0 first.
 * @throws RangeError beyond the table's dimensions or 2^31 points
 */
export function sobolPoints(n: number, dimensions: number): number[][] {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`Sobol sequence: dimensions must be 1..${SOBOL_MAX_DIMENSIONS} (got ${dimensions})`);
  }
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 31) throw new RangeError(`Sobol sequence: n must be 0..2^31 (got ${n})`);
  const v = Array.from({ length: dimensions }, (_, d) => directionNumbers(d));
  const x = new Uint32Array(dimensions);
  const points: number[][] = [];
  for (let i = 0; i < n; i++) {
    points.push(Array.from(x, (xi) => xi / 2 ** BITS));
    const c = lowestZeroBit(i);
    for (let d = 0; d < dimensions; d++) x[d] = (x[d] ^ v[d][c]) >>> 0;
  }
  return points;
}

export const isPowerOfTwo = (n: number): boolean => Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0 && n <= 2 ** 30;
