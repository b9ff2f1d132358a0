// The local search of calibrate: Nelder–Mead from the fmin package, one chain from each of
// the best design points, driven in batches.
//
// fmin's nelderMead calls the objective synchronously, while an evaluation here is a batch of
// simulations on a worker pool. So it is run as "ask and tell" by replay: the chain runs
// nelderMead from the start with an objective that answers from the evaluations made so far
// and throws at the first point not yet evaluated; that point is the chain's next request.
// Once it is evaluated, the chain replays again (the arithmetic is instant next to a
// simulation) and gets one step further. The sequence of points is exactly the one fmin would
// produce on its own, it depends on nothing but the evaluated values, and a resumed
// calibration replays to the same place from the evaluations on disk.
import fmin from 'fmin';

/** The objective of an already evaluated unit-cube point, or undefined when not yet evaluated. */
export type Lookup = (u: number[]) => number | undefined;

export interface ChainOptions {
  /** First simplex edge, in unit-cube units (share of each parameter's range). */
  step: number;
  /**
   * Stop when the simplex spans less than this (unit-cube units) and the objectives at its
   * corners differ by less than tolerance/step times the start's objective.
   */
  tolerance: number;
}

class Need extends Error {
  constructor(readonly u: number[]) {
    super('not evaluated yet');
  }
}

/** Points outside the cube are evaluated at the nearest point inside, and made worse by their distance. */
function clampToCube(u: number[]): { inside: number[]; outside: number } {
  const inside = u.map((x) => Math.min(1, Math.max(0, x)));
  const outside = Math.sqrt(u.reduce((s, x, i) => s + (x - inside[i]) ** 2, 0));
  return { inside, outside };
}

/**
 * The next point chain `start` needs (unit cube), or undefined when Nelder–Mead has converged.
 * The chain's coordinates are v = 1 + (u − start)/step, so fmin's first simplex (each
 * coordinate of x0 = 1 multiplied by nonZeroDelta = 2) has edges of `step` in u.
 */
export function nextRequest(start: readonly number[], startObjective: number, lookup: Lookup, options: ChainOptions): number[] | undefined {
  const scale = startObjective > 0 && Number.isFinite(startObjective) ? startObjective : 1;
  const f = (v: number[]): number => {
    const u = v.map((x, i) => start[i] + (x - 1) * options.step);
    const { inside, outside } = clampToCube(u);
    const j = lookup(inside);
    if (j === undefined) throw new Need(inside);
    // Divided by the start's objective: fmin's one tolerance (minErrorDelta, which it applies
    // to both the spread of objectives and the simplex size) then reads as a share.
    return (j * (1 + outside) + outside) / scale;
  };
  try {
    fmin.nelderMead(f, start.map(() => 1), {
      nonZeroDelta: 2,
      minErrorDelta: options.tolerance / options.step,
      maxIterations: 1000 * start.length,
    });
    return undefined;
  } catch (err) {
    if (err instanceof Need) return err.u;
    throw err;
  }
}
