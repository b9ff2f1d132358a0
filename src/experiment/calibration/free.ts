// The free parameters of a calibration: `--free KEY=LO:HI`, a scenario key and its bounds.
// The search works in the unit cube; a point u ∈ [0,1]^k maps to LO + u·(HI − LO), rounded
// to 6 significant digits so that evaluated values read cleanly and hash the same on resume.
import { InputError } from '../errors.ts';

export interface FreeParam {
  key: string;
  lo: number;
  hi: number;
}

export function parseFree(text: string): FreeParam {
  const eq = text.indexOf('=');
  const key = text.slice(0, eq).trim();
  const range = text.slice(eq + 1).split(':');
  const [lo, hi] = range.map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (eq <= 0 || key === '' || range.length !== 2 || !Number.isFinite(lo) || !Number.isFinite(hi)) {
    throw new InputError(`--free ${text}: expected KEY=LO:HI with two numbers, e.g. params.diffusion=0:0.1`);
  }
  if (!(lo < hi)) throw new InputError(`--free ${key}: LO must be below HI (got ${lo}:${hi})`);
  return { key, lo, hi };
}

export function parseFreeList(texts: readonly string[] | undefined): FreeParam[] {
  if (!texts?.length) throw new InputError('nothing to fit: give at least one --free KEY=LO:HI');
  const free = texts.map(parseFree);
  const twice = free.find((f, i) => free.findIndex((g) => g.key === f.key) !== i);
  if (twice) throw new InputError(`--free ${twice.key}: given twice`);
  return free;
}

export const round6 = (x: number): number => Number(x.toPrecision(6));

/** The parameter values of unit-cube point `u` (clamped into the cube). */
export function toValues(free: readonly FreeParam[], u: readonly number[]): number[] {
  return free.map((f, i) => round6(f.lo + Math.min(1, Math.max(0, u[i])) * (f.hi - f.lo)));
}

/** The unit-cube coordinates of parameter values. */
export const toUnit = (free: readonly FreeParam[], x: readonly number[]): number[] =>
  free.map((f, i) => (x[i] - f.lo) / (f.hi - f.lo));
