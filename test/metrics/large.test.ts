// A million incomes: the O(n log n) Gini runs (no timing assertion), and the engine's
// path (sorted groups -> mergeSorted -> giniSorted) gives the identical result.
import { describe, it, expect } from 'vitest';
import seedrandom from 'seedrandom';
import { gini, giniSorted, mergeSorted } from '../../src/metrics/index.ts';
import { expectClose } from './helpers.ts';

const N = 1_000_000;

describe('one million incomes', () => {
  const rng = seedrandom('metrics-large');
  const incomes = Float64Array.from({ length: N }, () => rng());

  it('gini of U(0, 1) incomes is near 1/3', () => {
    // Theory: for U(0, 1), E|X − Y| = 1/3 and the mean is 1/2, so G = (1/3)/(2·1/2) = 1/3.
    // Sampling sd of the estimate at n = 1e6 is about 3e-4; 3e-3 is 10 sd.
    const g = gini(incomes);
    expectClose(g, 1 / 3, 0, 3e-3);
  });

  it('merging 100 sorted groups gives the same Gini as sorting everything', () => {
    const runs = Array.from({ length: 100 }, (_, r) => incomes.slice(r * 10_000, (r + 1) * 10_000).sort());
    const merged = mergeSorted(runs);
    expect(merged.length).toBe(N);
    expect(giniSorted(merged)).toBe(gini(incomes));
  });
});
