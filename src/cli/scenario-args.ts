// Options shared by the commands that run scenarios, and how they turn into a scenario.
import type { Argv } from 'yargs';
import { requireFits } from '../io/memory-guard.ts';
import { loadScenarioFile } from '../io/scenario-files.ts';
import type { Scenario } from '../scenario/index.ts';
import { UserError } from './errors.ts';
import { integerArg } from './integer-arg.ts';

export interface ScenarioArgs {
  seed?: number;
  steps?: number;
  set?: string[];
}

export function scenarioOptions<T>(yargs: Argv<T>): Argv<T & ScenarioArgs> {
  return yargs
    .option('seed', { type: 'string', coerce: integerArg('--seed', 0), describe: 'random seed, a whole number from 0 to 2^53 − 1 (overrides the scenario\'s)' })
    .option('steps', { type: 'string', coerce: integerArg('--steps', 1), describe: 'years to simulate (overrides the scenario\'s)' })
    .option('set', {
      type: 'string', array: true, describe: 'override a scenario key, e.g. --set policy.transfers.rate=0.8',
    }) as Argv<T & ScenarioArgs>;
}

/** Loads a scenario with --set, --seed and --steps applied and validated like the file. */
export function scenarioFromArgs(ref: string, args: ScenarioArgs): Scenario {
  wholeNumber('--seed', args.seed, 0);
  wholeNumber('--steps', args.steps, 1);
  const overrides = [...(args.set ?? [])];
  if (args.seed !== undefined) overrides.push(`seed=${args.seed}`);
  if (args.steps !== undefined) overrides.push(`steps=${args.steps}`);
  const { scenario, files } = loadScenarioFile(ref, overrides);
  // Before anything is allocated: a run too big for this machine, or past the horizon, stops here.
  requireFits(scenario, files[0] ?? ref, (args as { report?: boolean }).report !== false);
  return scenario;
}

/** --seed and --steps are checked here, so that a mistake names the flag the user typed. */
function wholeNumber(flag: string, value: number | undefined, min: number): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min) {
    const got = Number.isNaN(value) ? 'not a number' : String(value);
    throw new UserError(`${flag}: must be a whole number ≥ ${min} (got ${got})`);
  }
}
