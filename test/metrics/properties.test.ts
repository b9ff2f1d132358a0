// Property tests (fast-check): identities that every correct implementation satisfies,
// checked on random inputs. Tolerances are stated where floating point needs them.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  betaConvergence, cv, gini, giniSorted, giniWeighted, mergeSorted, sdLog, theil,
  theilDecomposition, weightedCv,
} from '../../src/metrics/index.ts';
import { expectClose } from './helpers.ts';

const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
const income = fc.oneof(fc.constant(0), positive); // incomes ≥ 0, no subnormals
const weight = fc.double({ min: 1e-2, max: 1e4, noNaN: true });
const group = fc.constantFrom('east', 'central', 'west', 'northeast');
const region = fc.record({ x: positive, w: weight, g: group });
const regions = fc.array(region, { minLength: 1, maxLength: 40 });
const scale = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

/** Every index of a set of regions, as a flat record. */
function indices(rs: { x: number; w: number; g: string }[]): Record<string, number> {
  const x = rs.map((r) => r.x);
  const w = rs.map((r) => r.w);
  const d = theilDecomposition(x, w, rs.map((r) => r.g));
  return {
    cv: cv(x), weightedCv: weightedCv(x, w), sdLog: sdLog(x), theil: theil(x, w),
    between: d.between, within: d.within, giniWeighted: giniWeighted(x, w), gini: gini(x),
  };
}

const ascending = (a: number[]) => Float64Array.from(a).sort();

describe('properties', () => {
  it('every index is exactly 0 for equal values (the corrected mean of equal values is exact)', () => {
    fc.assert(
      fc.property(positive, fc.array(fc.record({ w: weight, g: group }), { minLength: 1, maxLength: 40 }), (v, rs) => {
        const all = indices(rs.map((r) => ({ ...r, x: v })));
        for (const [name, value] of Object.entries(all)) expect(value === 0, name).toBe(true);
      }),
    );
  });

  it('every index is invariant to scaling all values by c > 0', () => {
    fc.assert(
      fc.property(regions, scale, (rs, c) => {
        const before = indices(rs);
        const after = indices(rs.map((r) => ({ ...r, x: r.x * c })));
        // Scaling rounds each value (relative 1e-16); the floor 1e-12 covers indices near 0.
        for (const name of Object.keys(before)) expectClose(after[name], before[name], 1e-9, 1e-12);
      }),
    );
  });

  it('Theil: between + within = total to 1e-12 relative', () => {
    fc.assert(
      fc.property(regions, (rs) => {
        const d = theilDecomposition(rs.map((r) => r.x), rs.map((r) => r.w), rs.map((r) => r.g));
        expectClose(d.between + d.within, d.total, 1e-12);
        expect(d.total).toBe(theil(rs.map((r) => r.x), rs.map((r) => r.w)));
      }),
    );
  });

  it('Theil decomposition holds to 1e-12 relative for nearly equal values too', () => {
    // Values 1 + k·1e-7: T is about 1e-10 here, where Σ t ln t would keep only ~6 digits.
    // (Values a few ulps apart have T ~ 1e-32, below what doubles resolve: hence the grid.)
    const nearOne = fc.integer({ min: -1000, max: 1000 }).map((k) => 1 + k * 1e-7);
    const near = fc.record({ x: nearOne, w: weight, g: group });
    fc.assert(
      fc.property(fc.array(near, { minLength: 2, maxLength: 40 }), (rs) => {
        const d = theilDecomposition(rs.map((r) => r.x), rs.map((r) => r.w), rs.map((r) => r.g));
        expectClose(d.between + d.within, d.total, 1e-12);
      }),
    );
  });

  it('the decomposition does not depend on the order of the regions', () => {
    fc.assert(
      fc.property(regions, (rs) => {
        const reversed = [...rs].reverse();
        const a = theilDecomposition(rs.map((r) => r.x), rs.map((r) => r.w), rs.map((r) => r.g));
        const b = theilDecomposition(reversed.map((r) => r.x), reversed.map((r) => r.w), reversed.map((r) => r.g));
        expect(b.groups.map((g) => g.group)).toEqual(a.groups.map((g) => g.group));
        expectClose(b.between, a.between, 1e-12, 1e-15);
        expectClose(b.within, a.within, 1e-12, 1e-15);
      }),
    );
  });

  it('Gini lies in [0, 1)', () => {
    fc.assert(
      fc.property(fc.array(income, { minLength: 1, maxLength: 60 }), fc.array(weight, { minLength: 60, maxLength: 60 }), (x, ws) => {
        fc.pre(x.some((v) => v > 0)); // all zero: NaN by design
        const w = ws.slice(0, x.length);
        for (const g of [gini(x), giniWeighted(x, w), giniSorted(ascending(x))]) {
          expect(g).toBeGreaterThanOrEqual(0);
          expect(g).toBeLessThan(1);
        }
      }),
    );
  });

  it('gini(values) === giniSorted(sorted values)', () => {
    fc.assert(
      fc.property(fc.array(income, { minLength: 1, maxLength: 60 }), (x) => {
        fc.pre(x.some((v) => v > 0));
        expect(gini(x)).toBe(giniSorted(ascending(x)));
      }),
    );
  });

  it('weighted Gini matches its pairwise definition Σ wᵢwⱼ|xᵢ − xⱼ| / (2W²m)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: income, w: weight }), { minLength: 1, maxLength: 30 }), (rs) => {
        fc.pre(rs.some((r) => r.x > 0));
        let pairs = 0;
        let total = 0;
        let wx = 0;
        for (const a of rs) {
          total += a.w;
          wx += a.w * a.x;
          for (const b of rs) pairs += a.w * b.w * Math.abs(a.x - b.x);
        }
        const expected = pairs / (2 * total * wx); // W²m = W·Σwx
        expectClose(giniWeighted(rs.map((r) => r.x), rs.map((r) => r.w)), expected, 1e-9, 1e-15);
      }),
    );
  });

  it('integer weights act as replicated people (Gini and Theil)', () => {
    const counted = fc.record({ x: positive, k: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(counted, { minLength: 1, maxLength: 20 }), (rs) => {
        const x = rs.map((r) => r.x);
        const k = rs.map((r) => r.k);
        const expanded = rs.flatMap((r) => Array<number>(r.k).fill(r.x));
        expectClose(giniWeighted(x, k), gini(expanded), 1e-12, 1e-15);
        expectClose(theil(x, k), theil(expanded, expanded.map(() => 1)), 1e-10, 1e-15);
      }),
    );
  });

  it('weighted CV with equal weights is the CV', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 40 }), weight, (x, w) => {
        expectClose(weightedCv(x, x.map(() => w)), cv(x), 1e-9, 1e-12);
      }),
    );
  });

  it('mergeSorted equals a full sort', () => {
    const any = fc.double({ noNaN: true }).map((v) => v + 0);
    fc.assert(
      fc.property(fc.array(fc.array(any, { maxLength: 30 }), { maxLength: 12 }), (lists) => {
        const merged = mergeSorted(lists.map(ascending));
        expect([...merged]).toEqual([...ascending(lists.flat())]);
      }),
    );
  });

  it('β is invariant to scaling every initial and final value by c > 0', () => {
    const pair = fc.record({ a: positive, b: positive });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 3, maxLength: 30 }), scale, (rs, c) => {
        // Starting levels a few ulps apart carry no slope (scaling can even make them equal).
        const a = rs.map((r) => r.a);
        fc.pre(Math.max(...a) / Math.min(...a) > 1.01);
        const b1 = betaConvergence(a, rs.map((r) => r.b), 10);
        const b2 = betaConvergence(a.map((v) => v * c), rs.map((r) => r.b * c), 10);
        expectClose(b2.beta, b1.beta, 1e-6, 1e-12);
      }),
    );
  });
});
