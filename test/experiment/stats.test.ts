import { describe as group, expect, it } from 'vitest';
import { describe, pairedDifferences, withinRange } from '../../src/experiment/summary/stats.ts';
import { describeOutcome } from '../../src/experiment/summary/aggregate.ts';
import { replicationSeeds } from '../../src/experiment/runs/seeds.ts';

group('describe: mean, sd and 95% t-interval', () => {
  it('matches R for 1..5', () => {
    // R > t.test(1:5)$conf.int: 1.036757 4.963243; sd(1:5) = 1.581139
    const s = describe([1, 2, 3, 4, 5]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(1.581139, 6);
    expect(s.ci_low).toBeCloseTo(1.036757, 6);
    expect(s.ci_high).toBeCloseTo(4.963243, 6);
    expect(s.n).toBe(5);
  });

  it('matches R for two values', () => {
    // R > t.test(c(10, 14))$conf.int: -13.41241 37.41241 (qt(0.975, 1) = 12.7062)
    const s = describe([10, 14]);
    expect(s.ci_low).toBeCloseTo(-13.41241, 4);
    expect(s.ci_high).toBeCloseTo(37.41241, 4);
  });

  it('leaves out non-finite values and counts only the rest', () => {
    // By hand: the finite values are 2 and 4, mean 3, sd √2.
    const s = describe([2, NaN, 4, Infinity]);
    expect(s.n).toBe(2);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 12);
  });

  it('has no spread or interval for one value, nothing for none', () => {
    expect(describe([7])).toEqual({ mean: 7, sd: NaN, ci_low: NaN, ci_high: NaN, n: 1, ci_clipped: 0 });
    expect(describe([]).n).toBe(0);
  });

  it('gives a zero-width interval for identical values', () => {
    // By definition: sd 0, so mean ± t·0.
    expect(describe([0.1, 0.1, 0.1])).toEqual({ mean: 0.1, sd: 0, ci_low: 0.1, ci_high: 0.1, n: 3, ci_clipped: 0 });
  });
});

group('pairedDifferences', () => {
  it('subtracts pair by pair and skips pairs with a missing side', () => {
    // By hand: (3−1, 5−2, skip, 10−4)
    expect(pairedDifferences([1, 2, NaN, 4], [3, 5, 6, 10])).toEqual([2, 3, 6]);
  });
  it('refuses samples of different lengths', () => {
    expect(() => pairedDifferences([1], [1, 2])).toThrow(/same length/);
  });
});

group('replicationSeeds', () => {
  it('follows the documented rule seed_i = base + i − 1', () => {
    // docs/experiments.md: replication 1 is the single run with the base seed.
    expect(replicationSeeds(42, 3)).toEqual([42, 43, 44]);
  });
  it('refuses a count below one', () => {
    expect(() => replicationSeeds(1, 0)).toThrow(/reps/);
  });
});

group('withinRange: intervals kept to the values a quantity can take', () => {
  it('cuts a share\'s interval at 0 and 1 and says so, leaves an interval inside alone', () => {
    const near0 = describe([0, 0, 0.01]);
    expect(near0.ci_low).toBeLessThan(0);
    const cut = withinRange(near0, [0, 1]);
    expect(cut).toEqual({ ...near0, ci_low: 0, ci_clipped: 1 });
    const near1 = withinRange(describe([1, 0.99, 1]), [0, 1]);
    expect(near1.ci_high).toBe(1);
    expect(near1.ci_clipped).toBe(1);
    const inside = describe([0.4, 0.5, 0.6]);
    expect(withinRange(inside, [0, 1])).toBe(inside);
  });

  it('leaves undefined intervals (one value) alone', () => {
    expect(withinRange(describe([2]), [0, 1]).ci_clipped).toBe(0);
  });

  it('clips R² at 1 and a standard error at 0 through the outcome catalogue', () => {
    const r2 = describeOutcome('r2', [0.99, 0.95, 0.999]);
    expect(r2.ci_high).toBe(1);
    expect(r2.ci_clipped).toBe(1);
    const se = describeOutcome('se', [0.001, 0.02, 0.0005]);
    expect(se.ci_low).toBe(0);
    const beta = describeOutcome('beta', [-0.01, 0.02, -0.03]);
    expect(beta.ci_clipped).toBe(0);
  });
});
