// Small cases whose expected values are worked out by hand in the comments.
import { describe, it, expect } from 'vitest';
import {
  betaConvergence, cv, gini, giniSorted, giniWeighted, mean, mergeSorted, povertyRate, sdLog,
  sigmaChange, theil, theilDecomposition, urbanRuralRatio, weightedCv, weightedMean,
} from '../../src/metrics/index.ts';
import { expectClose } from './helpers.ts';

const { E, log, sqrt, LN2 } = Math;

describe('means and dispersion', () => {
  it('mean and weighted mean', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5); // 10 / 4
    expect(weightedMean([1, 2], [3, 1])).toBe(1.25); // (3·1 + 1·2) / 4
  });

  it('cv divides by n (population sd)', () => {
    // mean 5; squared deviations 9,1,1,1,0,0,4,16 sum to 32; 32/8 = 4, sd 2; cv 2/5.
    // (Dividing by n − 1 would give sqrt(32/7)/5 ≈ 0.4276.)
    expectClose(cv([2, 4, 4, 4, 5, 5, 7, 9]), 0.4);
  });

  it('weighted cv', () => {
    // m = (3·1 + 3)/4 = 1.5; variance (3·0.25 + 1·2.25)/4 = 0.75; sd √3/2; cv = 1/√3.
    expectClose(weightedCv([1, 3], [3, 1]), 1 / sqrt(3));
    // equal weights give the unweighted cv: [1, 3] has m 2, sd 1.
    expectClose(weightedCv([1, 3], [7, 7]), 0.5);
  });

  it('sd of logs', () => {
    // logs 0, 2, 4: mean 2, squared deviations 4, 0, 4 → variance 8/3.
    expectClose(sdLog([1, E ** 2, E ** 4]), sqrt(8 / 3));
  });
});

describe('Theil', () => {
  it('two regions of equal weight', () => {
    // m = 2: ½·(1/2)·ln(1/2) + ½·(3/2)·ln(3/2) = 0.75·ln 1.5 − 0.25·ln 2.
    expectClose(theil([1, 3], [1, 1]), 0.75 * log(1.5) - 0.25 * log(2));
  });

  it('weights act as replicated people', () => {
    // [1, 3] with weights [2, 1] is [1, 1, 3]: m = 5/3,
    // T = 2·(1/3)(3/5)ln(3/5) + (1/3)(9/5)ln(9/5) = 0.4·ln 0.6 + 0.6·ln 1.8.
    const expected = 0.4 * log(0.6) + 0.6 * log(1.8);
    expectClose(theil([1, 3], [2, 1]), expected);
    expectClose(theil([1, 1, 3], [1, 1, 1]), expected);
  });

  it('one of two equal-size regions with (almost) all the income: ln 2', () => {
    // [ε, 1], weights [1, 1]: as ε → 0, T → ½·0 + ½·2·ln 2 = ln 2 (= ln(W/w₂)).
    expectClose(theil([1e-300, 1], [1, 1]), LN2, 1e-12);
  });

  it('decomposition, groups given out of order', () => {
    // groups b = [2, 6] (m_b = 4), a = [1, 3] (m_a = 2); m = 3, q_a = q_b = ½.
    // between = ½(2/3)ln(2/3) + ½(4/3)ln(4/3);
    // s_a = ½·2/3 = 1/3, s_b = 2/3; T_a = T_b = 0.75 ln 1.5 − 0.25 ln 2 (T ignores scale),
    // so within = T_a.
    const d = theilDecomposition([2, 6, 1, 3], [1, 1, 1, 1], ['b', 'b', 'a', 'a']);
    const tA = 0.75 * log(1.5) - 0.25 * log(2);
    const between = (1 / 3) * log(2 / 3) + (2 / 3) * log(4 / 3);
    expectClose(d.between, between);
    expectClose(d.within, tA);
    expectClose(d.total, between + tA);
    expect(d.groups.map((g) => g.group)).toEqual(['a', 'b']);
    expectClose(d.groups[0].share, 1 / 3);
    expectClose(d.groups[1].share, 2 / 3);
    expectClose(d.groups[0].theil, tA);
    expectClose(d.groups[1].theil, tA);
  });

  it('a group with zero total weight has share 0, theil NaN, and changes nothing', () => {
    const d = theilDecomposition([1, 3, 5], [1, 1, 0], ['a', 'a', 'z']);
    expect(d.groups[1]).toEqual({ group: 'z', share: 0, theil: NaN });
    expectClose(d.between, 0, 0, 1e-15); // one group with weight: its mean is the national mean
    expectClose(d.within, theil([1, 3], [1, 1]));
  });
});

describe('Gini', () => {
  it('gini of [1, 2, 3, 4] is 0.25', () => {
    // Σ(2i − n − 1)x₍ᵢ₎ = −3·1 − 1·2 + 1·3 + 3·4 = 10; n·Σx = 4·10 = 40; 10/40.
    // Check by pairs: Σ|xᵢ − xⱼ| over ordered pairs = 2·(1+2+3+1+2+1) = 20; 20/(2·16·2.5) = 0.25.
    expect(gini([4, 2, 1, 3])).toBe(0.25);
    expect(giniSorted([1, 2, 3, 4])).toBe(0.25);
  });

  it('one person with everything: (n − 1)/n', () => {
    // [0, 0, 0, 1]: Σ(2i − 5)x = 3·1 = 3; n·Σx = 4 → 0.75.
    expect(gini([0, 1, 0, 0])).toBe(0.75);
  });

  it('weighted gini equals the gini of replicated people', () => {
    // [1, 3] weights [3, 1] = [1, 1, 1, 3]: Σ(2i − 5)x = −3 − 1 + 1 + 9 = 6; 4·6 = 24 → 0.25.
    // By pairs: Σ wᵢwⱼ|xᵢ − xⱼ| = 2·3·1·2 = 12; 12 / (2·4²·1.5) = 0.25.
    expectClose(giniWeighted([3, 1], [1, 3]), 0.25);
    expectClose(giniSorted([1, 3], [3, 1]), 0.25);
    expect(gini([1, 1, 1, 3])).toBe(0.25);
  });

  it('zero weights drop a region', () => {
    // [1, 2, 3] with weights [1, 0, 1] is [1, 3]: Σ(2i − 3)x = −1 + 3 = 2; 2·4 = 8 → 0.25.
    expectClose(giniSorted([1, 2, 3], [1, 0, 1]), 0.25);
    expectClose(giniWeighted([3, 2, 1], [1, 0, 1]), 0.25);
  });

  it('all incomes 0: undefined (NaN)', () => {
    expect(gini([0, 0, 0])).toBeNaN();
    expect(giniWeighted([0, 0], [1, 2])).toBeNaN();
  });

  it('does not modify its input', () => {
    const v = new Float64Array([3, 1, 2]);
    gini(v);
    expect([...v]).toEqual([3, 1, 2]);
  });
});

describe('mergeSorted', () => {
  it('merges k runs, keeps duplicates, handles empty runs', () => {
    const runs = [[1, 4, 4], [], [2, 3], [0, 5, 6], [4]].map((r) => new Float64Array(r));
    expect([...mergeSorted(runs)]).toEqual([0, 1, 2, 3, 4, 4, 4, 5, 6]);
  });

  it('no runs or one run: a new array with the same values', () => {
    expect(mergeSorted([]).length).toBe(0);
    const run = new Float64Array([1, 2]);
    const out = mergeSorted([run]);
    expect([...out]).toEqual([1, 2]);
    expect(out).not.toBe(run);
  });
});

describe('ratios and rates', () => {
  it('urban-rural ratio', () => {
    expect(urbanRuralRatio(3, 1.5)).toBe(2);
    // NBS 2020: 43,834 / 17,131 yuan, reported as 2.56.
    expect(urbanRuralRatio(43834, 17131)).toBeCloseTo(2.56, 2);
    expect(urbanRuralRatio(1, 0)).toBeNaN();
  });

  it('poverty rate counts incomes strictly below the line', () => {
    expect(povertyRate([1, 2, 3, 4], 2.5)).toBe(0.5); // 1 and 2 of 4
    expect(povertyRate([1, 2, 3, 4], 2)).toBe(0.25); // 2 is not below 2
    expect(povertyRate([1, 2, 3, 4], 2.5, [1, 1, 1, 5])).toBe(0.25); // weight 2 of 8
  });
});

describe('beta and sigma convergence', () => {
  it('a perfect fit: g = 0.1 − 0.05·ln(initial)', () => {
    // x = 0, 1, 2; g = ln(final/initial)/10 = 0.1, 0.05, 0: β = −0.05, R² = 1, se = 0;
    // λ = −ln(1 − 0.5)/10 = ln 2/10, half-life 10 years.
    const b = betaConvergence([1, E, E ** 2], [E, E ** 1.5, E ** 2], 10);
    expectClose(b.beta, -0.05, 1e-12);
    expectClose(b.r2, 1, 1e-12);
    expectClose(b.se, 0, 0, 1e-15);
    expectClose(b.speed, LN2 / 10, 1e-12);
    expectClose(b.halfLife, 10, 1e-12);
    expect(b).toMatchObject({ n: 3, years: 10 });
  });

  it('with residuals: se and R² by hand', () => {
    // x = 0..3, g = 0.1, 0.1, 0, 0 (T = 10, final = initial·e^(10g)).
    // x̄ = 1.5, ḡ = 0.05, Sxx = 5, Sxy = −0.2 → β = −0.04, a = 0.11;
    // residuals −0.01, 0.03, −0.03, 0.01 → SSR = 0.002; s² = 0.002/2; se = √(0.001/5);
    // SST = 4·0.05² = 0.01 → R² = 0.8; λ = −ln(0.6)/10.
    const b = betaConvergence([1, E, E ** 2, E ** 3], [E, E ** 2, E ** 2, E ** 3], 10);
    expectClose(b.beta, -0.04, 1e-12);
    expectClose(b.se, sqrt(0.001 / 5), 1e-10);
    expectClose(b.r2, 0.8, 1e-10);
    expectClose(b.speed, -log(0.6) / 10, 1e-12);
    expectClose(b.halfLife, (10 * LN2) / -log(0.6), 1e-12);
  });

  it('WLS with integer weights gives the OLS slope and R² of replicated regions', () => {
    const initial = [1, 2, 5, 9];
    const final = [3, 3, 8, 10];
    const w = betaConvergence(initial, final, 5, [2, 1, 3, 1]);
    const rep = betaConvergence([1, 1, 2, 5, 5, 5, 9], [3, 3, 3, 8, 8, 8, 10], 5);
    expectClose(w.beta, rep.beta, 1e-12);
    expectClose(w.r2, rep.r2, 1e-12);
  });

  it('overshooting (1 + βT ≤ 0) gives NaN speed; divergence (λ ≤ 0) gives NaN half-life', () => {
    // g = 2, 0, −2 on x = 0, 1, 2 with T = 1: β = −2, 1 + βT = −1.
    const over = betaConvergence([1, E, E ** 2], [E ** 2, E, 1], 1);
    expectClose(over.beta, -2, 1e-12);
    expect(over.speed).toBeNaN();
    expect(over.halfLife).toBeNaN();
    // g = 0, 1, 2: β = 1, λ = −ln 2 < 0.
    const diverge = betaConvergence([1, E, E ** 2], [1, E ** 2, E ** 4], 1);
    expectClose(diverge.speed, -LN2, 1e-12);
    expect(diverge.halfLife).toBeNaN();
  });

  it('equal starting levels: the slope is undefined, fields NaN', () => {
    const b = betaConvergence([2, 2, 2], [3, 4, 5], 10);
    expect(b).toEqual({ beta: NaN, se: NaN, r2: NaN, speed: NaN, halfLife: NaN, n: 3, years: 10 });
  });

  it('sigma change', () => {
    // logs (0, 2) → sd 1; logs (0, 1) → sd 0.5; change −0.5.
    const s = sigmaChange([1, E ** 2], [1, E]);
    expectClose(s.start, 1);
    expectClose(s.end, 0.5);
    expectClose(s.change, -0.5);
  });
});
