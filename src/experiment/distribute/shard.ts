// A shard I/N of an experiment: the runs whose plan index ≡ I (mod N), I = 1..N. Runs are
// dealt out like cards (run 1 to shard 1, run 2 to shard 2, ...), so each shard gets every
// N-th point of a sweep and the shards take about the same time. Which seed a run uses is
// fixed by the plan, never by the shard: any N gives the same results.
import { InputError } from '../errors.ts';
import type { PlannedRun } from './plan.ts';

export interface Shard {
  /** 1-based: 1..count. */
  index: number;
  count: number;
}

/** `I/N` from --shard. @throws InputError naming the flag */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new InputError(`--shard ${text}: expected I/N with whole numbers, e.g. --shard 2/8 (the second of 8 shards)`);
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count)) throw new InputError(`--shard ${text.trim().slice(0, 40)}: I and N must be at most 2^53 − 1`);
  if (count < 1 || index < 1 || index > count) throw new InputError(`--shard ${text}: I must be 1..N (got I = ${index}, N = ${count})`);
  return { index, count };
}

export const inShard = (run: Pick<PlannedRun, 'index'>, shard: Shard): boolean =>
  (run.index - shard.index) % shard.count === 0;

export const shardOf = (run: Pick<PlannedRun, 'index'>, count: number): number => ((run.index - 1) % count) + 1;

export const shardText = (shard: Shard): string => `${shard.index}/${shard.count}`;
