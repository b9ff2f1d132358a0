// Morris elementary effects (Morris 1991; Campolongo, Cariboni & Saltelli 2007 for μ*).
//
// Design: R trajectories on a grid of P levels {0, 1/(P−1), ..., 1} of the unit cube. A
// trajectory starts at a random base point whose coordinates are drawn from the levels
// {0, ..., 1 − Δ} (Δ = P / (2(P − 1)), the classic jump), each coordinate flipped to the
// upper end with probability ½ so steps go up or down; then it moves one parameter at a
// time, in a random order, by ±Δ: d + 1 runs per trajectory, R(d + 1) in all.
//
// Elementary effect of parameter i in a trajectory: EE = (y after − y before) / (±Δ), in
// outcome units per full range of the parameter (the unit cube's scale), so effects of
// parameters with different units compare. μ = mean EE, μ* = mean |EE|, σ = sd of EE (n − 1).
import type { Rng } from './bootstrap.ts';

export interface MorrisRun {
  trajectory: number;
  /** 0 for the start of a trajectory, k for the run after its k-th move. */
  step: number;
  /** The parameter moved to reach this run; −1 at the start. */
  moved: number;
  u: number[];
}

/** Δ for P levels. */
export const morrisDelta = (levels: number): number => levels / (2 * (levels - 1));

/** Fisher–Yates shuffle of 0..d−1 with rng. */
function permutation(d: number, rng: Rng): number[] {
  const p = Array.from({ length: d }, (_, i) => i);
  for (let i = d - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** Levels are k/(P−1); a value is rounded to its level so that grid points print exactly. */
const level = (k: number, levels: number): number => Number((k / (levels - 1)).toPrecision(15));

export function morrisDesign(d: number, trajectories: number, levels: number, rng: Rng): MorrisRun[] {
  const delta = morrisDelta(levels);
  const jump = Math.round(delta * (levels - 1)); // Δ in grid steps: P/2
  const baseLevels = levels - jump; // levels 0..P−1−jump
  const runs: MorrisRun[] = [];
  for (let t = 0; t < trajectories; t++) {
    const k = Array.from({ length: d }, () => Math.floor(rng() * baseLevels));
    const up = Array.from({ length: d }, () => rng() < 0.5);
    const at = k.map((ki, i) => (up[i] ? ki : ki + jump)); // grid index of each coordinate
    runs.push({ trajectory: t, step: 0, moved: -1, u: at.map((a) => level(a, levels)) });
    permutation(d, rng).forEach((i, s) => {
      at[i] += up[i] ? jump : -jump;
      runs.push({ trajectory: t, step: s + 1, moved: i, u: at.map((a) => level(a, levels)) });
    });
  }
  return runs;
}

/** ee[i][t]: the elementary effect of parameter i in trajectory t (y in design order). */
export function elementaryEffects(runs: readonly MorrisRun[], y: readonly number[], d: number): Float64Array[] {
  const trajectories = runs.length / (d + 1);
  const ee = Array.from({ length: d }, () => new Float64Array(trajectories));
  runs.forEach((run, k) => {
    if (run.moved < 0) return;
    const before = runs[k - 1];
    const du = run.u[run.moved] - before.u[run.moved];
    ee[run.moved][run.trajectory] = (y[k] - y[k - 1]) / du;
  });
  return ee;
}

export interface MorrisIndices {
  mu: number;
  muStar: number;
  sigma: number;
}

/** μ, μ*, σ of one parameter's effects over the trajectories `rows`. */
export function morrisIndices(ee: ArrayLike<number>, rows: ArrayLike<number>): MorrisIndices {
  const n = rows.length;
  let sum = 0;
  let abs = 0;
  for (let k = 0; k < n; k++) {
    sum += ee[rows[k]];
    abs += Math.abs(ee[rows[k]]);
  }
  const mu = sum / n;
  let squares = 0;
  for (let k = 0; k < n; k++) squares += (ee[rows[k]] - mu) ** 2;
  return { mu, muStar: abs / n, sigma: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN };
}
