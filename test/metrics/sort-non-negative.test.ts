// sortNonNegative must give exactly the native sort's sequence (the household Gini of every
// results file is taken over it), on skewed data, dense ties, ulp-close values and zeros.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giniSorted, sortNonNegative } from '../../src/metrics/index.ts';

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
      const sorted = sortNonNegative(Float64Array.from(xs), new Float64Array(xs.length + 3));
      expect(sameBits(sorted, Float64Array.from(xs).sort())).toBe(true);
    }), { seed: 10, numRuns: 500 });
  });

  it('sorts large sets with dense ties and a wide spread (many blocks, large buckets)', () => {
    const n = 50_000;
    const values = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0
      ? 700 + (i % 7) * 2 ** -42
      : 2 ** ((i * 7919) % 40) * (1 + ((i * 104729) % n) / n)));
    const expected = Float64Array.from(values).sort();
    const sorted = sortNonNegative(values, new Float64Array(n));
    expect(sorted).toBe(values); // in place
    expect(sameBits(sorted, expected)).toBe(true);
    expect(giniSorted(sorted)).toBeGreaterThan(0);
  });

  it('orders −0 as the native sort does and rejects bad input', () => {
    expect(sameBits(sortNonNegative(new Float64Array([2, -0, 0]), new Float64Array(3)), new Float64Array([-0, 0, 2]))).toBe(true);
    expect(() => sortNonNegative(new Float64Array([1, -1]), new Float64Array(2))).toThrow(RangeError);
    expect(() => sortNonNegative(new Float64Array([1, Infinity]), new Float64Array(2))).toThrow(RangeError);
    expect(() => sortNonNegative(new Float64Array([NaN]), new Float64Array(1))).toThrow(RangeError);
    expect(() => sortNonNegative(new Float64Array([1, 2]), new Float64Array(1))).toThrow(RangeError);
  });
});
