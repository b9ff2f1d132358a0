// The deterministic exp, log and pow (src/math): correct to within 1 ulp, exact at the
// special points, and the same bits as fdlibm, whose values Node 20's V8 also returns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, log, pow } from '../../src/math/index.ts';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

describe('exp', () => {
  it('is within 1 ulp of Math.exp over its whole range', () => {
    fc.assert(fc.property(fc.double({ min: -745, max: 709.78, noNaN: true }), (x) => {
      expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
    }), { numRuns: 20_000 });
  });

  it('is exact where the answer is representable, and saturates at the ends', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(1e-300)).toBe(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    // fdlibm's value of e (1 ulp above the correctly rounded 2.718281828459045).
    expect(exp(1)).toBe(2.7182818284590455);
  });
});

describe('log', () => {
  it('is within 1 ulp of Math.log for positive doubles, subnormals included', () => {
    fc.assert(fc.property(fc.double({ min: 5e-324, max: 1.7e308, noNaN: true }), (x) => {
      expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(1);
    }), { numRuns: 20_000 });
  });

  it('handles 0, 1, negatives and infinity', () => {
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(2)).toBe(Math.LN2);
  });
});

describe('pow', () => {
  it('is exact at the special points and close elsewhere', () => {
    expect(pow(7, 0)).toBe(1);
    expect(pow(1, 123.4)).toBe(1);
    expect(pow(3.5, 1)).toBe(3.5);
    expect(pow(0, 2)).toBe(0);
    expect(pow(0, -1)).toBe(Infinity);
    expect(pow(-2, 0.5)).toBeNaN();
    expect(Math.abs(pow(2, 0.5) / Math.SQRT2 - 1)).toBeLessThan(1e-15);
    expect(Math.abs(pow(1e5, 0.4) / 1e2 - 1)).toBeLessThan(1e-14);
  });
});
