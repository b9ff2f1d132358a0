import { describe, expect, it } from 'vitest';
import { olsLine } from '../../src/report/ols.ts';

describe('olsLine', () => {
  it('fits slope and intercept', () => {
    // By hand: x = 1,2,3, y = 2,4,7; x̄ = 2, ȳ = 13/3; Sxy = (−1)(2−13/3) + 0 + (1)(7−13/3) = 5,
    // Sxx = 2, so b = 2.5 and a = 13/3 − 2.5·2 = −2/3.
    const line = olsLine([1, 2, 3], [2, 4, 7])!;
    expect(line.slope).toBeCloseTo(2.5, 12);
    expect(line.intercept).toBeCloseTo(-2 / 3, 12);
  });

  it('with a given slope fits only the intercept through the mean point', () => {
    // By hand: x̄ = 2, ȳ = 13/3, b = 1 → a = 13/3 − 2 = 7/3.
    const line = olsLine([1, 2, 3], [2, 4, 7], 1)!;
    expect(line.slope).toBe(1);
    expect(line.intercept).toBeCloseTo(7 / 3, 12);
  });

  it('gives up on fewer than two points or no spread in x', () => {
    expect(olsLine([1], [2])).toBeUndefined();
    expect(olsLine([2, 2, 2], [1, 2, 3])).toBeUndefined();
  });
});
