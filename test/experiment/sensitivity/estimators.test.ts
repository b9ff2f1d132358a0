// The estimators against analytic indices (no simulation): Ishigami, Sobol's G-function,
// and Morris on a linear function.
import { describe, expect, it } from 'vitest';
import { analyzeMorris, analyzeSobol, type IndexRow } from '../../../src/experiment/sensitivity/analyze.ts';
import { sensitivityRng } from '../../../src/experiment/sensitivity/bootstrap.ts';
import { morrisDesign } from '../../../src/experiment/sensitivity/morris.ts';
import { saltelliDesign } from '../../../src/experiment/sensitivity/saltelli.ts';

const value = (rows: IndexRow[], index: string, parameter: string): IndexRow =>
  rows.find((r) => r.index === index && r.parameter === parameter)!;

/** Ishigami on [−π, π]³: f = sin x1 + a sin² x2 + b x3⁴ sin x1. */
function ishigami(u: number[], a = 7, b = 0.1): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
}

/** Analytic Ishigami indices (Ishigami & Homma 1990; Sobol' & Levitan 1999). */
function ishigamiIndices(a = 7, b = 0.1): { s1: number[]; st: number[] } {
  const pi = Math.PI;
  const v1 = 0.5 * (1 + (b * pi ** 4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = (b ** 2 * pi ** 8 * 8) / 225;
  const v = v1 + v2 + v13;
  return { s1: [v1 / v, v2 / v, 0], st: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/** Sobol's G-function on [0, 1]^d: Π (|4x − 2| + a_i) / (1 + a_i). */
const gFunction = (a: number[]) => (u: number[]) => u.reduce((p, x, i) => p * (Math.abs(4 * x - 2) + a[i]) / (1 + a[i]), 1);

function gIndices(a: number[]): { s1: number[]; st: number[]; s2: (i: number, j: number) => number } {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const prod = vi.reduce((p, x) => p * (1 + x), 1);
  const v = prod - 1;
  return {
    s1: vi.map((x) => x / v),
    st: vi.map((x) => (x * prod) / (1 + x) / v),
    s2: (i, j) => (vi[i] * vi[j]) / v,
  };
}

function sobolOf(f: (u: number[]) => number, n: number, keys: string[], second: boolean): IndexRow[] {
  const runs = saltelliDesign(n, keys.length, second);
  return analyzeSobol(runs.map((r) => f(r.u)), n, keys, second, 'y', { seed: 1, resamples: 200 });
}

describe('Sobol indices (Saltelli 2010 first order, Jansen total)', () => {
  const keys = ['x1', 'x2', 'x3'];

  it('Ishigami (a = 7, b = 0.1) at N = 2^13: S1 = 0.314, 0.442, 0.000 and ST = 0.558, 0.442, 0.244 within 0.02', () => {
    const rows = sobolOf(ishigami, 2 ** 13, keys, false);
    const exact = ishigamiIndices();
    expect(exact.s1.map((x) => Number(x.toFixed(3)))).toEqual([0.314, 0.442, 0]);
    expect(exact.st.map((x) => Number(x.toFixed(3)))).toEqual([0.558, 0.442, 0.244]);
    keys.forEach((k, i) => {
      expect(Math.abs(value(rows, 'S1', k).value - exact.s1[i]), `S1 ${k}`).toBeLessThan(0.02);
      expect(Math.abs(value(rows, 'ST', k).value - exact.st[i]), `ST ${k}`).toBeLessThan(0.02);
    });
  });

  it('bootstrap intervals cover the estimate, are seeded and narrow with N', () => {
    const small = sobolOf(ishigami, 2 ** 9, keys, false);
    const again = sobolOf(ishigami, 2 ** 9, keys, false);
    const large = sobolOf(ishigami, 2 ** 13, keys, false);
    expect(again).toEqual(small);
    for (const r of small) {
      expect(r.ci_low).toBeLessThanOrEqual(r.value + 1e-12);
      expect(r.ci_high).toBeGreaterThanOrEqual(r.value - 1e-12);
    }
    const width = (rows: IndexRow[], k: string) => value(rows, 'ST', k).ci_high - value(rows, 'ST', k).ci_low;
    expect(width(large, 'x1')).toBeLessThan(width(small, 'x1') / 2);
  });

  it('Sobol G-function (a = 0, 1, 4.5, 9, 99, 99) at N = 2^12: S1, ST and S2 within 0.02 of the analytic values', () => {
    const a = [0, 1, 4.5, 9, 99, 99];
    const names = a.map((_, i) => `x${i + 1}`);
    const rows = sobolOf(gFunction(a), 2 ** 12, names, true);
    const exact = gIndices(a);
    names.forEach((k, i) => {
      expect(Math.abs(value(rows, 'S1', k).value - exact.s1[i]), `S1 ${k}`).toBeLessThan(0.02);
      expect(Math.abs(value(rows, 'ST', k).value - exact.st[i]), `ST ${k}`).toBeLessThan(0.02);
    });
    expect(Math.abs(value(rows, 'S2', 'x1 × x2').value - exact.s2(0, 1))).toBeLessThan(0.03);
    expect(Math.abs(value(rows, 'S2', 'x3 × x5').value)).toBeLessThan(0.02);
    // The important ones rank first, the a = 99 ones are negligible.
    expect(exact.st[0]).toBeGreaterThan(0.7);
    expect(value(rows, 'ST', 'x6').value).toBeLessThan(0.01);
  });

  it('does not depend on the outcome\'s level: Ishigami + 1000 gives the same indices and intervals', () => {
    // Without centring, f(B)·(f(AB_i) − f(A)) carries the mean and its variance explodes.
    const plain = sobolOf(ishigami, 2 ** 10, keys, false);
    const shifted = sobolOf((u) => ishigami(u) + 1000, 2 ** 10, keys, false);
    plain.forEach((r, k) => {
      expect(Math.abs(shifted[k].value - r.value)).toBeLessThan(1e-9);
      expect(Math.abs(shifted[k].ci_high - shifted[k].ci_low - (r.ci_high - r.ci_low))).toBeLessThan(1e-9);
    });
  });

  it('a constant outcome gives undefined indices, not division by zero', () => {
    const rows = sobolOf(() => 3, 16, keys, false);
    expect(rows.every((r) => Number.isNaN(r.value) && Number.isNaN(r.ci_low))).toBe(true);
  });
});

describe('Morris elementary effects', () => {
  it('on a linear function every effect equals the coefficient and μ* ranks parameters by |coefficient|', () => {
    const c = [0.5, -4, 2, 0, 1];
    const keys = c.map((_, i) => `x${i + 1}`);
    const runs = morrisDesign(keys.length, 12, 4, sensitivityRng(7, 'design'));
    const y = runs.map((r) => r.u.reduce((s, x, i) => s + c[i] * x, 10));
    const rows = analyzeMorris(runs, y, keys, 'y', { seed: 7 });
    keys.forEach((k, i) => {
      expect(value(rows, 'mu', k).value).toBeCloseTo(c[i], 10);
      expect(value(rows, 'mu_star', k).value).toBeCloseTo(Math.abs(c[i]), 10);
      expect(value(rows, 'sigma', k).value).toBeCloseTo(0, 10);
    });
    const ranked = [...keys].sort((p, q) => value(rows, 'mu_star', q).value - value(rows, 'mu_star', p).value);
    expect(ranked).toEqual(['x2', 'x3', 'x5', 'x1', 'x4']);
  });

  it('trajectories stay on the P-level grid, move one parameter by Δ = P/(2(P−1)) at a time, and go both ways', () => {
    const levels = 6;
    const runs = morrisDesign(4, 50, levels, sensitivityRng(3, 'design'));
    expect(runs.length).toBe(50 * 5);
    const grid = (x: number) => Math.abs(x * (levels - 1) - Math.round(x * (levels - 1))) < 1e-12 && x >= 0 && x <= 1;
    expect(runs.every((r) => r.u.every(grid))).toBe(true);
    const steps = runs.filter((r) => r.moved >= 0).map((r) => {
      const before = runs[runs.indexOf(r) - 1];
      const changed = r.u.map((x, i) => x - before.u[i]).filter((dx) => dx !== 0);
      expect(changed.length).toBe(1);
      return changed[0];
    });
    expect(steps.every((s) => Math.abs(Math.abs(s) - 0.6) < 1e-12)).toBe(true);
    expect(steps.some((s) => s > 0) && steps.some((s) => s < 0)).toBe(true);
  });

  it('a non-linear interaction shows as σ > 0, a non-monotone effect as μ* > |μ|', () => {
    const keys = ['x1', 'x2', 'x3'];
    const runs = morrisDesign(3, 40, 4, sensitivityRng(5, 'design'));
    const y = runs.map(({ u: [x1, x2, x3] }) => x1 * x2 * 5 + (x3 - 0.5) ** 2 * 8);
    const rows = analyzeMorris(runs, y, keys, 'y', { seed: 5 });
    expect(value(rows, 'sigma', 'x1').value).toBeGreaterThan(0.5);
    expect(value(rows, 'mu_star', 'x3').value).toBeGreaterThan(Math.abs(value(rows, 'mu', 'x3').value) + 0.5);
  });
});
