// The Sobol sequence against published points and the net property that makes it useful.
import { describe, expect, it } from 'vitest';
import { isPowerOfTwo, sobolPoints } from '../../../src/experiment/sensitivity/sobol-sequence.ts';
import { SOBOL_MAX_DIMENSIONS } from '../../../src/experiment/sensitivity/joe-kuo.ts';

describe('Sobol sequence (Joe–Kuo new-joe-kuo-6.21201, Gray-code order)', () => {
  it('matches the first 8 published points in 5 dimensions (scipy qmc.Sobol(d=5, scramble=False))', () => {
    expect(sobolPoints(8, 5)).toEqual([
      [0, 0, 0, 0, 0],
      [0.5, 0.5, 0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25, 0.25, 0.75],
      [0.25, 0.75, 0.75, 0.75, 0.25],
      [0.375, 0.375, 0.625, 0.875, 0.375],
      [0.875, 0.875, 0.125, 0.375, 0.875],
      [0.625, 0.125, 0.875, 0.625, 0.625],
      [0.125, 0.625, 0.375, 0.125, 0.125],
    ]);
  });

  it('holds the same 8 points in 6 dimensions as the published natural-order table (TensorFlow Probability sobol_sample(6, 8))', () => {
    const published = [
      [0, 0, 0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [0.25, 0.75, 0.75, 0.75, 0.25, 0.25],
      [0.75, 0.25, 0.25, 0.25, 0.75, 0.75], [0.125, 0.625, 0.375, 0.125, 0.125, 0.375],
      [0.625, 0.125, 0.875, 0.625, 0.625, 0.875], [0.375, 0.375, 0.625, 0.875, 0.375, 0.125],
      [0.875, 0.875, 0.125, 0.375, 0.875, 0.625],
    ];
    // Gray-code point j is natural-order point j XOR (j >> 1).
    const ours = sobolPoints(8, 6);
    ours.forEach((p, j) => expect(p).toEqual(published[j ^ (j >> 1)]));
  });

  it('stratifies every coordinate of every dimension: the first 2^m points take each value k/2^m once', () => {
    for (const m of [4, 7, 10]) {
      const n = 2 ** m;
      const points = sobolPoints(n, SOBOL_MAX_DIMENSIONS);
      for (let d = 0; d < SOBOL_MAX_DIMENSIONS; d++) {
        const cells = new Set(points.map((p) => p[d] * n));
        expect(cells.size, `dimension ${d + 1}, m = ${m}`).toBe(n);
        for (const c of cells) expect(Number.isInteger(c)).toBe(true);
      }
    }
  });

  it('stratifies two-dimensional projections of the first 2^(2k) points into 2^k × 2^k boxes for low dimensions', () => {
    // (t, s)-sequence property in its weakest form for the first few pairs with t = 0 in 2D.
    const points = sobolPoints(256, 2);
    const boxes = new Set(points.map((p) => `${Math.floor(p[0] * 16)},${Math.floor(p[1] * 16)}`));
    expect(boxes.size).toBe(256);
  });

  it('rejects dimensions beyond the table', () => {
    expect(() => sobolPoints(4, SOBOL_MAX_DIMENSIONS + 1)).toThrow(/dimensions/);
    expect(() => sobolPoints(4, 0)).toThrow(/dimensions/);
  });

  it('recognises powers of two', () => {
    expect([1, 2, 1024, 8192].every(isPowerOfTwo)).toBe(true);
    expect([0, 3, 1000, 1.5, -4].some(isPowerOfTwo)).toBe(false);
  });
});
