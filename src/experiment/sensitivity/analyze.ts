// From the outputs of a design to tidy index rows: Sobol's S1, ST (and S2) or Morris's μ,
// μ*, σ, each with a seeded bootstrap 95% percentile interval. Pure functions of numbers:
// the analytic tests call them on test functions, the command on run outputs.
import { BOOTSTRAP_RESAMPLES, sensitivityRng, percentileInterval, resampleIndices } from './bootstrap.ts';
import { elementaryEffects, morrisIndices, type MorrisIndices, type MorrisRun } from './morris.ts';
import { allRows, firstOrder, outputVariance, secondOrder, splitOutputs, totalOrder, type SaltelliOutputs } from './saltelli.ts';

export type Method = 'morris' | 'sobol';

/** One line of sensitivity.csv. */
export interface IndexRow {
  method: Method;
  outcome: string;
  /** A varied key; "KEY1 × KEY2" for a second-order index; "(seed noise)" for the noise share. */
  parameter: string;
  index: string;
  value: number;
  ci_low: number;
  ci_high: number;
}

export interface AnalysisOptions {
  /** The experiment's seed: names the bootstrap stream. */
  seed: number;
  resamples?: number;
}

/** Value on all rows, interval from the resamples. */
function withInterval(estimate: (rows: ArrayLike<number>) => number, all: ArrayLike<number>, resamples: Uint32Array[]): [number, number, number] {
  const value = estimate(all);
  if (!Number.isFinite(value)) return [NaN, NaN, NaN];
  const [low, high] = percentileInterval(resamples.map(estimate));
  return [value, low, high];
}

/** Sobol indices of one outcome; y in the design's run order (saltelli.ts). */
export function analyzeSobol(y: readonly number[], n: number, keys: readonly string[], second: boolean, outcome: string, options: AnalysisOptions): IndexRow[] {
  const d = keys.length;
  const o = splitOutputs(y, n, d, second);
  const resamples = resampleIndices(n, options.resamples ?? BOOTSTRAP_RESAMPLES, sensitivityRng(options.seed, 'sobol'));
  const all = allRows(n);
  const rows: IndexRow[] = [];
  const add = (parameter: string, index: string, f: (o: SaltelliOutputs, rows: ArrayLike<number>) => number) => {
    const [value, ci_low, ci_high] = withInterval((r) => f(o, r), all, resamples);
    rows.push({ method: 'sobol', outcome, parameter, index, value, ci_low, ci_high });
  };
  // A constant outcome has no variance to share out: every index is undefined (NaN).
  const constant = !(outputVariance(o) > 0) || y.some((v) => !Number.isFinite(v));
  const guard = (f: (o: SaltelliOutputs, rows: ArrayLike<number>) => number) => (constant ? () => NaN : f);
  keys.forEach((k, i) => add(k, 'S1', guard((oo, r) => firstOrder(oo, i, r))));
  keys.forEach((k, i) => add(k, 'ST', guard((oo, r) => totalOrder(oo, i, r))));
  if (second) {
    keys.forEach((ki, i) => keys.forEach((kj, j) => {
      if (j > i) add(`${ki} × ${kj}`, 'S2', guard((oo, r) => secondOrder(oo, i, j, r)));
    }));
  }
  return rows;
}

const MORRIS_INDICES: [keyof MorrisIndices, string][] = [['mu', 'mu'], ['muStar', 'mu_star'], ['sigma', 'sigma']];

/** Morris indices of one outcome; y in the design's run order (morris.ts). */
export function analyzeMorris(runs: readonly MorrisRun[], y: readonly number[], keys: readonly string[], outcome: string, options: AnalysisOptions): IndexRow[] {
  const d = keys.length;
  const ee = elementaryEffects(runs, y, d);
  const r = runs.length / (d + 1);
  const resamples = resampleIndices(r, options.resamples ?? BOOTSTRAP_RESAMPLES, sensitivityRng(options.seed, 'morris'));
  const all = allRows(r);
  return keys.flatMap((parameter, i) => MORRIS_INDICES.map(([field, index]) => {
    const [value, ci_low, ci_high] = withInterval((rows) => morrisIndices(ee[i], rows)[field], all, resamples);
    return { method: 'morris' as const, outcome, parameter, index, value, ci_low, ci_high };
  }));
}
