// Options and printing shared by the experiment commands (run --reps, compare, sweep).
import type { Argv } from 'yargs';
import { integerArg } from './integer-arg.ts';
import { InputError } from '../experiment/errors.ts';
import { defaultWorkers } from '../experiment/runs/pool.ts';

export interface ExperimentArgs {
  reps?: number;
  workers?: number;
  fresh?: boolean;
  quiet?: boolean;
  report?: boolean;
  out?: string;
}

export function experimentOptions<T>(yargs: Argv<T>, repsHelp: string): Argv<T & ExperimentArgs> {
  return yargs
    .option('reps', { type: 'string', coerce: integerArg('--reps', 1), describe: repsHelp })
    .option('workers', { type: 'string', coerce: integerArg('--workers', 1), describe: 'worker threads (default: the number of cores); results do not depend on it' })
    .option('fresh', { type: 'boolean', describe: 'empty the output folder first instead of resuming it' }) as Argv<T & ExperimentArgs>;
}

/** A whole number ≥ 1 from a flag, or the default. */
export function countArg(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--${name}: expected a whole number ≥ 1 (got ${value})`);
  return n;
}

export const workersArg = (args: ExperimentArgs): number => countArg('workers', args.workers, defaultWorkers());
