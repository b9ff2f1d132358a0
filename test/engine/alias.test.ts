// Walker's alias method draws each outcome with its weight's share.
import { describe, expect, it } from 'vitest';
import { buildAlias, drawAlias } from '../../src/engine/random/alias.ts';

/** The exact probability of each outcome: summed over columns, (prob + alias mass)/k. */
function exactShares(weights: number[]): number[] {
  const { prob, alias } = buildAlias(weights);
  const k = weights.length;
  const share = new Array(k).fill(0);
  for (let i = 0; i < k; i++) {
    share[i] += prob[i] / k;
    share[alias[i]] += (1 - prob[i]) / k;
  }
  return share;
}

describe('alias tables', () => {
  it('reproduce the normalised weights exactly (up to rounding)', () => {
    for (const w of [[1, 2, 3, 4], [0, 0, 5], [1e-9, 1, 1e9], [7], [0.1, 0.1, 0.1, 0.7, 0, 2]]) {
      const total = w.reduce((s, x) => s + x, 0);
      exactShares(w).forEach((p, i) => expect(p).toBeCloseTo(w[i] / total, 12));
    }
  });

  it('never draws an outcome of weight zero', () => {
    const table = buildAlias([0, 3, 0, 1, 0]);
    for (let a = 0; a < 1; a += 0.013) {
      for (let b = 0; b < 1; b += 0.017) expect([1, 3]).toContain(drawAlias(table, a, b));
    }
  });
});
