// sortNonNegative must give exactly the native sort's sequence (the household Gini of every
// results file is taken over it), on skewed data, dense ties, ulp-close values and zeros.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giniSorted, sortNonNegative, sortScratch } from '../../src/metrics/index.ts';

const value = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 2.5, 1e-300, 5e-324, 1e300),
  // Ulp-close neighbours of one value, as incomes topped up to a floor are.
  fc.integer({ min: 0, max: 3 }).map((k) => 1000 + k * 2 ** -40),
);

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

describe('sortNonNegative', () => {
  it('equals the native sort exactly', () => {
    fc.assert(fc.property(fc.array(value, { maxLength: 300 }), (xs) => {
      const values = Float64Array.from(xs);
      const out = new Float64Array(values.length);
      sortNonNegative(values, out);
      expect(sameBits(out, Float64Array.from(xs).sort())).toBe(true);
      expect(sameBits(values, Float64Array.from(xs))).toBe(true); // the input is left as it was
    }), { seed: 10, numRuns: 500 });
  });

  it('sorts large buckets of ties with kept offsets', () => {
    const n = 20_000;
    const values = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 700 + (i % 7) * 2 ** -42 : 1 + ((i * 7919) % n)));
    const out = new Float64Array(n);
    expect(sortNonNegative(values, out, sortScratch(n))).toBe(out);
    expect(() => sortNonNegative(values, out, sortScratch(n / 4))).toThrow(RangeError);
    expect(sameBits(out, Float64Array.from(values).sort())).toBe(true);
    expect(giniSorted(out)).toBeGreaterThan(0);
  });

  it('orders −0 as the native sort does and rejects negative or non-finite values', () => {
    const out = new Float64Array(3);
    sortNonNegative(new Float64Array([2, -0, 0]), out);
    expect(sameBits(out, new Float64Array([-0, 0, 2]))).toBe(true);
    expect(() => sortNonNegative(new Float64Array([1, -1]), new Float64Array(2))).toThrow(RangeError);
    expect(() => sortNonNegative(new Float64Array([1, Infinity]), new Float64Array(2))).toThrow(RangeError);
    expect(() => sortNonNegative(new Float64Array([NaN]), new Float64Array(1))).toThrow(RangeError);
  });
});
