// The parts of calibrate checked by hand: the Latin hypercube, the replayed Nelder–Mead
// (the same points as fmin run directly), and profile intervals.
import fmin from 'fmin';
import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../src/experiment/calibration/lhs.ts';
import { nextRequest } from '../../src/experiment/calibration/search.ts';
import { profileIntervals } from '../../src/experiment/calibration/profiles.ts';
import type { Evaluation } from '../../src/experiment/calibration/evaluate.ts';
import { parseFree, toValues } from '../../src/experiment/calibration/free.ts';

describe('latinHypercube', () => {
  it('puts exactly one point in each stratum of every coordinate, the same for the same seed', () => {
    const points = latinHypercube(12, 3, 7);
    for (let d = 0; d < 3; d++) {
      expect(points.map((p) => Math.floor(p[d] * 12)).sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    }
    expect(latinHypercube(12, 3, 7)).toEqual(points);
    expect(latinHypercube(12, 3, 8)).not.toEqual(points);
  });
});

describe('nextRequest', () => {
  it('asks for the points fmin evaluates itself, one at a time, until it converges', () => {
    // A bowl with its minimum at u = (0.3, 0.7), inside the cube.
    const f = (u: number[]) => 1 + 10 * (u[0] - 0.3) ** 2 + 3 * (u[1] - 0.7) ** 2;
    const start = [0.6, 0.4];
    const options = { step: 0.1, tolerance: 0.001 };
    const seen = new Map<string, number>();
    const order: string[] = [];
    for (let k = 0; k < 500; k++) {
      const u = nextRequest(start, f(start), (x) => seen.get(x.join()), options);
      if (u === undefined) break;
      seen.set(u.join(), f(u));
      order.push(u.join());
    }
    // fmin run directly with the same coordinates v = 1 + (u − start)/step.
    const direct: string[] = [];
    fmin.nelderMead((v) => {
      const u = v.map((x, i) => start[i] + (x - 1) * options.step);
      if (!direct.includes(u.join())) direct.push(u.join());
      return f(u) / f(start);
    }, [1, 1], { nonZeroDelta: 2, minErrorDelta: options.tolerance / options.step, maxIterations: 2000 });
    expect(order).toEqual(direct);
    const best = order.map((s) => s.split(',').map(Number)).reduce((a, b) => (f(b) < f(a) ? b : a));
    expect(best[0]).toBeCloseTo(0.3, 2);
    expect(best[1]).toBeCloseTo(0.7, 2);
  });

  it('keeps the search inside the bounds', () => {
    // The minimum lies outside the cube at u0 = −1: the chain ends on the boundary.
    const f = (u: number[]) => (u[0] + 1) ** 2;
    const seen = new Map<string, number>();
    let u: number[] | undefined;
    while ((u = nextRequest([0.5], f([0.5]), (x) => seen.get(x.join()), { step: 0.1, tolerance: 0.001 })) !== undefined) {
      expect(u[0]).toBeGreaterThanOrEqual(0);
      seen.set(u.join(), f(u));
    }
    expect(Math.min(...[...seen.keys()].map(Number))).toBe(0);
  });
});

describe('profileIntervals', () => {
  it('interpolates where the objective crosses the optimum + 1, and marks open ends', () => {
    const free = [parseFree('a=0:10'), parseFree('b=0:1')];
    const ev = (index: number, values: number[], objective: number) => ({ index, values, objective, phase: 'profile', chain: 1, simulated: [], perRun: [] }) as Evaluation;
    const best = ev(1, [5, 0.5], 2);
    const list = [best, ev(2, [3, 0.5], 6), ev(3, [4, 0.5], 2.5), ev(4, [6, 0.5], 3.5), ev(5, [7, 0.5], 2.2), ev(6, [5, 0.9], 2.5), ev(7, [4, 0.9], 0)];
    const [a, b] = profileIntervals(free, list, best);
    // Left: 2.5 at 4 and 6 at 3 cross 3 at 4 − 0.5/3.5. Right: 3.5 at 6 is above 3, so 5 + 1/1.5.
    expect(a.lo).toBeCloseTo(4 - 0.5 / 3.5, 5);
    expect(a.hi).toBeCloseTo(5 + 1 / 1.5, 5);
    expect([a.loOpen, a.hiOpen]).toEqual([false, false]);
    // b: only 0.5 and 0.9 (within 1 of the best): open at both ends of its grid; (4, 0.9) is not on the line.
    expect([b.lo, b.hi, b.loOpen, b.hiOpen]).toEqual([0.5, 0.9, true, true]);
    expect(toValues(free, [0.123456789, 1.2])).toEqual([1.23457, 1]);
  });
});
