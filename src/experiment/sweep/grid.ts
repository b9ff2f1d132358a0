// The design of a sweep: factors (a key and its values) and the points of their full
// factorial grid. Point 1 takes the first value of every key; the last key varies fastest.
import { InputError } from '../errors.ts';

export type Value = number | string | boolean;

export interface Factor {
  key: string;
  values: Value[];
}

export interface SweepDesign {
  keys: string[];
  /** points[p][k]: the value of keys[k] at point p + 1. */
  points: Value[][];
}

/** Values from a range text start:stop:step, stop included when the steps reach it. */
export function parseRange(text: string, where: string): number[] | undefined {
  const parts = text.split(':');
  if (parts.length !== 3) return undefined;
  const [start, stop, step] = parts.map(Number);
  if (parts.some((p) => p.trim() === '') || ![start, stop, step].every(Number.isFinite)) {
    throw new InputError(`${where}: range "${text}" must be start:stop:step with numbers`);
  }
  if (step <= 0 || stop < start) throw new InputError(`${where}: range "${text}" needs step > 0 and stop ≥ start`);
  const count = Math.floor((stop - start) / step + 1e-9) + 1;
  if (count > 100_000) throw new InputError(`${where}: range "${text}" has more than 100,000 values`);
  // start + k·step, rounded to 12 significant digits so that 0.1 steps print as 0.3, not 0.30000000000000004.
  return Array.from({ length: count }, (_, k) => Number((start + k * step).toPrecision(12)));
}

/** A value from the command line: a number or true/false if it reads as one, else text. */
export function parseValue(text: string): Value {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : t;
}

/** `KEY=V1,V2,...` or `KEY=start:stop:step` (a --vary option). */
export function parseVary(text: string): Factor {
  const eq = text.indexOf('=');
  const key = text.slice(0, eq).trim();
  if (eq <= 0 || key === '') throw new InputError(`--vary ${text}: expected KEY=V1,V2,... or KEY=start:stop:step`);
  const body = text.slice(eq + 1);
  const values = parseRange(body, `--vary ${key}`) ?? body.split(',').map(parseValue);
  if (values.length === 0 || values.some((v) => v === '')) throw new InputError(`--vary ${key}: empty value in "${body}"`);
  return { key, values };
}

/** The full factorial grid of `factors`. */
export function expandGrid(factors: readonly Factor[]): SweepDesign {
  const keys = factors.map((f) => f.key);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new InputError(`--vary ${twice}: given twice`);
  let points: Value[][] = [[]];
  for (const f of factors) points = points.flatMap((p) => f.values.map((v) => [...p, v]));
  return { keys, points: factors.length === 0 ? [] : points };
}
