// outcomes.json: the outcomes a sensitivity folder is analysed for. They are not part of the
// design (another --outcomes re-analyses the same runs), so they are kept beside it: written
// when the experiment is planned or run locally (never by a shard), and read by the analysis
// step, so that `factorflow merge` analyses the outcomes given at plan time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { json } from '../../io/manifest.ts';
import { InputError } from '../errors.ts';
import { describeOutcome, parseOutcome, type OutcomeSpec } from './outcomes.ts';

export const OUTCOMES_FILE = 'outcomes.json';

interface StoredOutcomes {
  /** The scenario's steps, the bound every step of an outcome is checked against. */
  steps: number;
  outcomes: { outcome: string; definition: string }[];
}

export function writeOutcomesFile(out: string, outcomes: readonly OutcomeSpec[], steps: number): void {
  const stored: StoredOutcomes = { steps, outcomes: outcomes.map((o) => ({ outcome: o.label, definition: describeOutcome(o) })) };
  writeFileAtomically(join(out, OUTCOMES_FILE), json(stored));
}

/** The outcomes recorded in `out` (labels are parsed again: they are canonical specs). @throws InputError naming the file and field */
export function readOutcomesFile(out: string): OutcomeSpec[] {
  const file = join(out, OUTCOMES_FILE);
  if (!existsSync(file)) throw new InputError(`${file}: file not found (plan the analysis again with --plan, or run it locally)`);
  let stored: Partial<StoredOutcomes>;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredOutcomes>;
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!Number.isInteger(stored.steps)) throw new InputError(`${file}: field "steps" must be a whole number`);
  if (!Array.isArray(stored.outcomes) || stored.outcomes.length === 0) throw new InputError(`${file}: field "outcomes" must list at least one outcome`);
  return stored.outcomes.map((o, i) => {
    try {
      return parseOutcome(String(o?.outcome), stored.steps!);
    } catch (err) {
      throw new InputError(`${file}: field "outcomes[${i}]": ${(err as Error).message}`);
    }
  });
}
