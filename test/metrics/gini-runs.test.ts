// giniOfRuns must equal giniSorted of the merged runs bit for bit (the household Gini of
// every results file depends on it), on runs of any shape, with ties and zeros.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giniOfRuns, giniSorted, mergeSorted } from '../../src/metrics/index.ts';

const run = fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 2.5, 1e-300)), { minLength: 1, maxLength: 40 })
  .map((xs) => Float64Array.from(xs).sort());

describe('giniOfRuns', () => {
  it('equals giniSorted(mergeSorted(runs)) exactly', () => {
    fc.assert(fc.property(fc.array(run, { minLength: 1, maxLength: 20 }), (runs) => {
      const values = new Float64Array(runs.reduce((n, r) => n + r.length, 0));
      const bounds = [0];
      for (const r of runs) {
        values.set(r, bounds[bounds.length - 1]);
        bounds.push(bounds[bounds.length - 1] + r.length);
      }
      const expected = giniSorted(mergeSorted(runs));
      expect(Object.is(giniOfRuns(values, bounds, new Float64Array(values.length)), expected)).toBe(true);
    }), { seed: 10, numRuns: 500 });
  });

  it('gives the documented example and rejects bad input as giniSorted does', () => {
    expect(giniOfRuns(new Float64Array([1, 4, 2, 3]), [0, 2, 4], new Float64Array(4))).toBe(0.25);
    expect(() => giniOfRuns(new Float64Array([-1, 2]), [0, 2], new Float64Array(2))).toThrow(RangeError);
    expect(() => giniOfRuns(new Float64Array([1, Infinity]), [0, 1, 2], new Float64Array(2))).toThrow(RangeError);
    expect(() => giniOfRuns(new Float64Array(0), [0], new Float64Array(0))).toThrow(RangeError);
  });
});
