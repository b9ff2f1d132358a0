// exp(x), a port of fdlibm's e_exp.c (Sun Microsystems, 1993; freely redistributable).
// JavaScript fixes + − × ÷ to IEEE 754 doubles but not Math.exp, whose last bit differs
// between engines (Node 20 and Chromium 156 disagree on many inputs). Built from the basic
// operations alone, this exp gives the same bits everywhere, so a run reproduces exactly in
// any browser and any Node version. Error < 1 ulp.
import { scaleByPowerOfTwo } from './bits.ts';

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e0;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const OVERFLOW = 7.09782712893383973096e2;
const UNDERFLOW = -7.45133219101941108420e2;

export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;
  const ax = Math.abs(x);
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax > 0.5 * LN2_HI) {
    // Argument reduction: x = k·ln2 + r, |r| ≤ 0.5·ln2.
    if (ax < 1.5 * LN2_HI) {
      k = x < 0 ? -1 : 1;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    } else {
      k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < 3.725290298461914e-9) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  return scaleByPowerOfTwo(y, k);
}
