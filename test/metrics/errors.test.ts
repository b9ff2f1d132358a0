// Degenerate and bad input: undefined results are NaN where documented, everything else
// is a RangeError with a one-line message naming the metric and the offending element.
import { describe, it, expect } from 'vitest';
import {
  betaConvergence, cv, gini, giniSorted, giniWeighted, mean, mergeSorted, povertyRate, sdLog,
  sigmaChange, theil, theilDecomposition, urbanRuralRatio, weightedCv, weightedMean,
} from '../../src/metrics/index.ts';

/** Expects fn to throw a one-line RangeError matching `pattern`. */
function expectRangeError(fn: () => unknown, pattern: RegExp): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RangeError);
  const message = (error as Error).message;
  expect(message).toMatch(pattern);
  expect(message).not.toContain('\n');
}

describe('undefined results are NaN', () => {
  it('CV with mean 0', () => {
    expect(cv([0, 0])).toBeNaN();
    expect(cv([-1, 1])).toBeNaN();
    expect(weightedCv([-1, 3], [3, 1])).toBeNaN(); // (−3 + 3)/4 = 0
  });

  it('a negative mean gives a negative CV (documented, not hidden)', () => {
    // mean −2, sd 1.
    expect(cv([-1, -3])).toBe(-0.5);
  });
});

describe('RangeErrors', () => {
  it('empty input', () => {
    expectRangeError(() => mean([]), /^mean: needs at least 1 value, got 0 in values$/);
    expectRangeError(() => sigmaChange([1], []), /^sigmaChange: needs at least 1 value, got 0 in endValues$/);
    expectRangeError(() => cv([]), /^cv: /);
    expectRangeError(() => gini([]), /^gini: /);
    expectRangeError(() => giniSorted([]), /^giniSorted: /);
    expectRangeError(() => povertyRate([], 1), /^povertyRate: /);
  });

  it('non-finite values', () => {
    expectRangeError(() => mean([1, NaN]), /mean: values\[1\] = NaN is not a finite number/);
    expectRangeError(() => weightedMean([Infinity], [1]), /weightedMean: values\[0\]/);
    expectRangeError(() => gini([1, NaN, 2]), /gini: values\[1\]/);
  });

  it('log-based indices reject zero and negative values, naming the index', () => {
    expectRangeError(() => sdLog([1, 0]), /^sdLog: values\[1\] = 0 must be > 0/);
    expectRangeError(() => theil([1, -2], [1, 1]), /^theil: values\[1\] = -2 must be > 0/);
    expectRangeError(() => theilDecomposition([0, 1], [1, 1], ['a', 'b']), /^theilDecomposition: values\[0\]/);
    expectRangeError(() => sigmaChange([1, 2], [1, 0]), /^sigmaChange: endValues\[1\] = 0 must be > 0/);
    expectRangeError(() => betaConvergence([1, 2, 3], [1, 0, 2], 5), /^betaConvergence: final\[1\]/);
  });

  it('bad weights', () => {
    expectRangeError(() => weightedMean([1, 2], [1]), /weights has 1 elements, values has 2/);
    expectRangeError(() => theil([1, 2], [1, -1]), /^theil: weights\[1\] = -1 must be a finite number ≥ 0/);
    expectRangeError(() => giniWeighted([1, 2], [0, 0]), /^giniWeighted: weights sum to 0/);
    expectRangeError(() => povertyRate([1, 2], 1, [1, NaN]), /^povertyRate: weights\[1\]/);
  });

  it('Gini rejects negative incomes and unsorted input to giniSorted', () => {
    expectRangeError(() => gini([1, -1]), /^gini: values\[1\] = -1 must be ≥ 0/);
    expectRangeError(() => giniWeighted([1, -1], [1, 1]), /^giniWeighted: values\[1\]/);
    expectRangeError(() => giniSorted([1, 3, 2]), /^giniSorted: values\[2\] = 2 breaks ascending order/);
    expectRangeError(() => giniSorted([-1, 3]), /^giniSorted: values\[0\] = -1 must be ≥ 0/);
  });

  it('mergeSorted names the unsorted run', () => {
    const runs = [new Float64Array([1, 2]), new Float64Array([3, NaN])];
    expectRangeError(() => mergeSorted(runs), /^mergeSorted: runs\[1\]\[1\] = NaN breaks ascending order/);
  });

  it('theilDecomposition needs one group per value', () => {
    expectRangeError(() => theilDecomposition([1, 2], [1, 1], ['a']), /groups has 1 elements, values has 2/);
  });

  it('β needs at least 3 regions, equal lengths and years > 0', () => {
    expectRangeError(() => betaConvergence([1, 2], [2, 3], 5), /^betaConvergence: needs at least 3 regions/);
    expectRangeError(() => betaConvergence([1, 2, 3], [2, 3], 5), /final has 2 elements, initial has 3/);
    expectRangeError(() => betaConvergence([1, 2, 3], [2, 3, 4], 0), /years = 0 must be a finite number > 0/);
    expectRangeError(() => betaConvergence([1, 2, 3], [2, 3, 4], 5, [1, 1]), /weights has 2 elements/);
    expectRangeError(() => betaConvergence([1, NaN, 3], [2, 3, 4], 5), /^betaConvergence: initial\[1\] = NaN is not a finite number$/);
  });

  it('urban-rural ratio and poverty line', () => {
    expectRangeError(() => urbanRuralRatio(-1, 2), /^urbanRuralRatio: urbanIncomePc = -1/);
    expectRangeError(() => urbanRuralRatio(1, NaN), /^urbanRuralRatio: ruralIncomePc = NaN/);
    expectRangeError(() => povertyRate([1, 2], NaN), /^povertyRate: line = NaN/);
  });
});
