// One-parameter profiles around the optimum: each free parameter moved alone over a grid,
// the others held at the best point, and the range of values whose objective stays within
// Δ = 1 of the best. With weights of 1/tolerance² a rise of 1 is one moment missing by its
// whole tolerance (or several by less): the values the targets cannot tell apart. When the
// weights are inverse variances of the observed moments it is the usual Δχ² = 1 interval.
import type { Candidate, Evaluation } from './evaluate.ts';
import { round6, toUnit, toValues, type FreeParam } from './free.ts';

export const PROFILE_DELTA = 1;

export interface ProfileInterval {
  /** Lowest and highest value within Δ of the best (linear interpolation between grid points). */
  lo: number;
  hi: number;
  /** True when the profile is still within Δ at the grid's end: the bound is only "at most"/"at least". */
  loOpen: boolean;
  hiOpen: boolean;
  /** Grid points of this profile (evaluation indices), ascending in the value. */
  points: { value: number; objective: number; evaluation: number }[];
}

/** The profile grid: `points` values spaced over centre ± width (unit-cube shares), clipped to the bounds. */
export function profileCandidates(free: readonly FreeParam[], centre: readonly number[], points: number, width: number): Candidate[] {
  if (points <= 0) return [];
  const u = toUnit(free, centre);
  const list: Candidate[] = [];
  free.forEach((_, i) => {
    for (let k = 0; k < points; k++) {
      const offset = points === 1 ? 0 : -width + (2 * width * k) / (points - 1);
      const moved = u.slice();
      moved[i] = Math.min(1, Math.max(0, u[i] + offset));
      const values = toValues(free, moved);
      values.forEach((v, j) => { if (j !== i) values[j] = centre[j]; });
      list.push({ phase: 'profile', chain: i + 1, values });
    }
  });
  return list;
}

/** Where the line from (x0, y0) to (x1, y1) crosses y = level. */
const cross = (x0: number, y0: number, x1: number, y1: number, level: number): number =>
  round6(x0 + ((level - y0) / (y1 - y0)) * (x1 - x0));

function interval(points: ProfileInterval['points'], best: number, level: number): ProfileInterval {
  const at = points.findIndex((p) => p.value === best);
  if (points.length < 2) return { lo: NaN, hi: NaN, loOpen: false, hiOpen: false, points };
  let lo = at;
  while (lo > 0 && points[lo - 1].objective <= level) lo--;
  let hi = at;
  while (hi < points.length - 1 && points[hi + 1].objective <= level) hi++;
  const loOpen = lo === 0;
  const hiOpen = hi === points.length - 1;
  return {
    lo: loOpen ? points[0].value : cross(points[lo].value, points[lo].objective, points[lo - 1].value, points[lo - 1].objective, level),
    hi: hiOpen ? points[hi].value : cross(points[hi].value, points[hi].objective, points[hi + 1].value, points[hi + 1].objective, level),
    loOpen,
    hiOpen,
    points,
  };
}

/** Each parameter's profile through `best`: every evaluation that differs from it in that parameter only. */
export function profileIntervals(free: readonly FreeParam[], evaluations: readonly Evaluation[], best: Evaluation): ProfileInterval[] {
  return free.map((_, i) => {
    const line = evaluations.filter((e) => e.values.every((v, j) => j === i || v === best.values[j]));
    const points = line
      .map((e) => ({ value: e.values[i], objective: e.objective, evaluation: e.index }))
      .sort((a, b) => a.value - b.value || a.evaluation - b.evaluation)
      .filter((p, k, all) => k === 0 || p.value !== all[k - 1].value);
    return interval(points, best.values[i], best.objective + PROFILE_DELTA);
  });
}
