// A seeded space-filling design: a Latin hypercube (each parameter's range cut into n equal
// strata, one point in each, strata paired at random across parameters), the best by the
// maximin criterion (largest smallest distance between two points) of `tries` candidates.
// All draws come from a seedrandom stream of the calibration's seed.
import seedrandom from 'seedrandom';

type Rng = () => number;

function permutation(n: number, rng: Rng): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** n points in [0,1]^k; point i, coordinate d lies in stratum perm_d(i) at a random offset. */
function hypercube(n: number, k: number, rng: Rng): number[][] {
  const columns = Array.from({ length: k }, () => permutation(n, rng).map((s) => (s + rng()) / n));
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i]));
}

function minDistance(points: number[][]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      best = Math.min(best, points[i].reduce((s, x, d) => s + (x - points[j][d]) ** 2, 0));
    }
  }
  return best;
}

/** A maximin Latin hypercube of n points in k dimensions from `seed`. */
export function latinHypercube(n: number, k: number, seed: number, tries = 20): number[][] {
  const rng = seedrandom(`factorflow-calibrate-lhs-${seed}`);
  let best = hypercube(n, k, rng);
  let bestScore = minDistance(best);
  for (let t = 1; t < tries; t++) {
    const candidate = hypercube(n, k, rng);
    const score = minDistance(candidate);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
