// The design of a sensitivity analysis as a plain list of runs with stable 1-based indices:
// first the method's design points (every one with the experiment's seed: common random
// numbers), then the base point (the middle of every range) replicated with seeds
// seed, seed + 1, ... to measure seed noise. Run k lives in runs/point-<p>-rep-<r>/ as a
// sweep's runs do (rep is 1 for every design point). design.csv lists them.
import { InputError } from '../errors.ts';
import { sensitivityRng } from './bootstrap.ts';
import { SOBOL_MAX_DIMENSIONS } from './joe-kuo.ts';
import { morrisDesign, type MorrisRun } from './morris.ts';
import { saltelliDesign, type SaltelliRun } from './saltelli.ts';
import { isPowerOfTwo } from './sobol-sequence.ts';
import type { Method } from './analyze.ts';

export interface Range {
  key: string;
  lo: number;
  hi: number;
}

export interface PlannedRun {
  run: number;
  point: number;
  rep: number;
  seed: number;
  /** Sobol: A, B, AB:KEY, BA:KEY; Morris: start, move:KEY; base: the replicated base point. */
  role: string;
  /** Sobol: the base row (1-based); Morris: the trajectory (1-based); 0 for the base point. */
  block: number;
  /** Values of the varied keys, in --vary order. */
  values: number[];
}

export interface SobolSettings { method: 'sobol'; n: number; secondOrder: boolean }
export interface MorrisSettings { method: 'morris'; trajectories: number; levels: number }
export type Settings = SobolSettings | MorrisSettings;

export interface SensitivityPlan {
  settings: Settings;
  ranges: Range[];
  seed: number;
  reps: number;
  runs: PlannedRun[];
  /** Runs 1..designRuns are the method's design; the rest replicate the base point. */
  designRuns: number;
  /** The Morris design in unit coordinates (the analysis needs the moves). */
  morris?: MorrisRun[];
}

/** `KEY=LO:HI`, LO < HI, both finite numbers. */
export function parseRangeArg(text: string): Range {
  const eq = text.indexOf('=');
  const key = text.slice(0, eq).trim();
  const body = text.slice(eq + 1);
  const parts = body.split(':');
  if (eq <= 0 || key === '' || parts.length !== 2 || parts.some((p) => p.trim() === '')) {
    throw new InputError(`--vary ${text}: expected KEY=LO:HI, e.g. policy.transfers.rate=0:1`);
  }
  const [lo, hi] = parts.map(Number);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new InputError(`--vary ${key}: LO and HI must be numbers (got "${body}")`);
  if (lo >= hi) throw new InputError(`--vary ${key}: LO must be less than HI (got ${lo}:${hi})`);
  return { key, lo, hi };
}

export function checkRanges(ranges: readonly Range[]): void {
  if (ranges.length === 0) throw new InputError('nothing to vary: give --vary KEY=LO:HI at least once (twice or more for a useful analysis)');
  const keys = ranges.map((r) => r.key);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new InputError(`--vary ${twice}: given twice`);
}

/** A unit coordinate u mapped onto the range, to 12 significant digits (clean in files and --set). */
export const scale = (r: Range, u: number): number => Number((r.lo + u * (r.hi - r.lo)).toPrecision(12));

const baseValues = (ranges: readonly Range[]): number[] => ranges.map((r) => scale(r, 0.5));

function withBase(plan: Omit<SensitivityPlan, 'runs' | 'designRuns'>, design: Omit<PlannedRun, 'run' | 'point' | 'rep' | 'seed'>[]): SensitivityPlan {
  const runs: PlannedRun[] = design.map((d, k) => ({ run: k + 1, point: k + 1, rep: 1, seed: plan.seed, ...d }));
  const basePoint = design.length + 1;
  for (let r = 1; r <= plan.reps; r++) {
    runs.push({ run: runs.length + 1, point: basePoint, rep: r, seed: plan.seed + r - 1, role: 'base', block: 0, values: baseValues(plan.ranges) });
  }
  return { ...plan, runs, designRuns: design.length };
}

export function planSobol(ranges: Range[], n: number, secondOrder: boolean, seed: number, reps: number): SensitivityPlan {
  checkRanges(ranges);
  if (!isPowerOfTwo(n)) throw new InputError(`--n: Sobol needs N a power of 2 (e.g. ${nearPowers(n)}), got ${n}`);
  const maxKeys = Math.floor(SOBOL_MAX_DIMENSIONS / 2);
  if (ranges.length > maxKeys) throw new InputError(`--vary: Sobol supports at most ${maxKeys} keys (got ${ranges.length}); screen them with --method morris first`);
  const role = (r: SaltelliRun) => ('column' in r.role ? `${r.role.matrix}:${ranges[r.role.column].key}` : r.role.matrix);
  const design = saltelliDesign(n, ranges.length, secondOrder).map((r) => ({
    role: role(r), block: r.row + 1, values: r.u.map((u, i) => scale(ranges[i], u)),
  }));
  return withBase({ settings: { method: 'sobol', n, secondOrder }, ranges, seed, reps }, design);
}

function nearPowers(n: number): string {
  const lower = 2 ** Math.max(0, Math.floor(Math.log2(Math.max(1, n))));
  return lower === n ? String(2 * n) : `${lower} or ${lower * 2}`;
}

export function planMorris(ranges: Range[], trajectories: number, levels: number, seed: number, reps: number): SensitivityPlan {
  checkRanges(ranges);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new InputError(`--levels: Morris needs an even number of levels ≥ 2 (got ${levels}); 4 is usual`);
  const morris = morrisDesign(ranges.length, trajectories, levels, sensitivityRng(seed, 'morris-design'));
  const design = morris.map((r) => ({
    role: r.moved < 0 ? 'start' : `move:${ranges[r.moved].key}`,
    block: r.trajectory + 1,
    values: r.u.map((u, i) => scale(ranges[i], u)),
  }));
  return { ...withBase({ settings: { method: 'morris', trajectories, levels }, ranges, seed, reps }, design), morris };
}

export const planMethod = (plan: SensitivityPlan): Method => plan.settings.method;
