// A sweep file (JSON) for designs larger than a few --vary options:
//   {"vary": {"policy.transfers.rate": [0, 0.5, 1], "policy.hukouPenalty": "0:2:0.5"}}
// for a full factorial grid, or
//   {"points": [{"policy.transfers.rate": 0, "policy.hukouPenalty": 1}, ...]}
// for any list of points (e.g. a Latin hypercube made elsewhere). "reps" may be given too.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { expandGrid, parseRange, type Factor, type SweepDesign, type Value } from './grid.ts';

export interface SweepFile {
  design: SweepDesign;
  reps?: number;
}

const isValue = (v: unknown): v is Value => ['number', 'string', 'boolean'].includes(typeof v);

function factors(file: string, vary: unknown): Factor[] {
  if (!vary || typeof vary !== 'object' || Array.isArray(vary)) throw new InputError(`${file}: field "vary" must be an object of key → values`);
  return Object.entries(vary).map(([key, v]) => {
    const values = typeof v === 'string' ? parseRange(v, `${file}: vary.${key}`) : v;
    if (!Array.isArray(values) || values.length === 0 || !values.every(isValue)) {
      throw new InputError(`${file}: field "vary.${key}" must be a non-empty list of values or "start:stop:step"`);
    }
    return { key, values };
  });
}

function points(file: string, list: unknown): SweepDesign {
  if (!Array.isArray(list) || list.length === 0) throw new InputError(`${file}: field "points" must be a non-empty list`);
  const keys = Object.keys(list[0] ?? {});
  const rows = list.map((p, i) => {
    const entries = p && typeof p === 'object' ? Object.entries(p) : [];
    if (entries.length !== keys.length || !keys.every((k) => isValue((p as Record<string, unknown>)[k]))) {
      throw new InputError(`${file}: field "points[${i}]" must give a value to each of ${keys.join(', ')} and nothing else`);
    }
    return keys.map((k) => (p as Record<string, Value>)[k]);
  });
  return { keys, points: rows };
}

export function readSweepFile(file: string): SweepFile {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InputError(`${file}: ${e.code === 'ENOENT' ? 'no such file' : `not valid JSON (${e.message})`}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`${file}: expected a JSON object`);
  if ((value.vary === undefined) === (value.points === undefined)) throw new InputError(`${file}: give either field "vary" or field "points"`);
  const reps = value.reps;
  if (reps !== undefined && (!Number.isInteger(reps) || (reps as number) < 1)) throw new InputError(`${file}: field "reps" must be a whole number ≥ 1`);
  const design = value.vary !== undefined ? expandGrid(factors(file, value.vary)) : points(file, value.points);
  return { design, reps: reps as number | undefined };
}
