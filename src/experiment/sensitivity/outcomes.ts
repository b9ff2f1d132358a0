// What a sensitivity analysis explains: an outcome of each run, one number per run.
//   COLUMN@STEP       a column of national.csv at a step            gini_households@20
//   COLUMN@last       ... at the run's last step                    theil@last
//   COLUMN@FROM..TO   its change from step FROM to step TO (TO − FROM)   sd_log_gdp_pc@0..20
//   FIGURE            a run-level figure of summary.json            beta, halfLife, sigma_change
// `last` may stand for TO too. Steps are checked against the scenario's length.
import { didYouMean } from '../../scenario/suggest.ts';
import { InputError } from '../errors.ts';
import { OUTCOMES, RUN_FIGURES, type Outcome, type RunFigure } from '../runs/outcomes.ts';
import type { RunData } from '../runs/run-folder.ts';

export type OutcomeSpec =
  | { kind: 'at'; label: string; column: Outcome; step: number }
  | { kind: 'change'; label: string; column: Outcome; from: number; to: number }
  | { kind: 'figure'; label: string; figure: RunFigure };

/** Used when --outcomes is not given: the 20-year questions of docs/sensitivity.md. */
export const DEFAULT_OUTCOMES = ['sd_log_gdp_pc@0..last', 'gini_households@last', 'theil@last', 'beta'];

const SYNTAX = 'COLUMN@STEP, COLUMN@FROM..TO (the change), COLUMN@last, or a run figure (beta, halfLife, ...)';

function step(text: string, spec: string, steps: number): number {
  if (text === 'last') return steps;
  const s = Number(text);
  if (text.trim() === '' || !Number.isInteger(s) || s < 0 || s > steps) {
    throw new InputError(`--outcomes ${spec}: step "${text}" must be a whole number from 0 to ${steps} (the scenario's steps) or "last"`);
  }
  return s;
}

function column(name: string, spec: string): Outcome {
  if ((OUTCOMES as readonly string[]).includes(name)) return name as Outcome;
  const hint = (RUN_FIGURES as readonly string[]).includes(name) ? ` ("${name}" is a run figure: write it without @)` : didYouMean(name, OUTCOMES);
  throw new InputError(`--outcomes ${spec}: unknown column "${name}"${hint}; columns are those of national.csv: ${OUTCOMES.join(', ')}`);
}

/** One --outcomes entry, with `last` resolved against the scenario's `steps`. */
export function parseOutcome(spec: string, steps: number): OutcomeSpec {
  const text = spec.trim();
  const at = text.indexOf('@');
  if (at < 0) {
    if ((RUN_FIGURES as readonly string[]).includes(text)) return { kind: 'figure', label: text, figure: text as RunFigure };
    if ((OUTCOMES as readonly string[]).includes(text)) {
      throw new InputError(`--outcomes ${spec}: say at which step, e.g. ${text}@${steps} or ${text}@0..${steps} for the change; expected ${SYNTAX}`);
    }
    throw new InputError(`--outcomes ${spec}: unknown run figure${didYouMean(text, [...RUN_FIGURES, ...OUTCOMES])}; run figures are ${RUN_FIGURES.join(', ')}; expected ${SYNTAX}`);
  }
  const name = column(text.slice(0, at), spec);
  const when = text.slice(at + 1);
  const range = when.split('..');
  if (range.length === 2) {
    const from = step(range[0], spec, steps);
    const to = step(range[1], spec, steps);
    if (from >= to) throw new InputError(`--outcomes ${spec}: FROM must be an earlier step than TO`);
    return { kind: 'change', label: `${name}@${from}..${to}`, column: name, from, to };
  }
  if (range.length > 2) throw new InputError(`--outcomes ${spec}: expected ${SYNTAX}`);
  const s = step(when, spec, steps);
  return { kind: 'at', label: `${name}@${s}`, column: name, step: s };
}

/** The outcomes, each once (by label), in the order given. */
export function parseOutcomes(specs: readonly string[], steps: number): OutcomeSpec[] {
  const parsed = specs.flatMap((s) => s.split(',')).filter((s) => s.trim() !== '').map((s) => parseOutcome(s, steps));
  return parsed.filter((o, i) => parsed.findIndex((p) => p.label === o.label) === i);
}

/** How an outcome is defined, in words with its unit source (for reports and the terminal). */
export function describeOutcome(o: OutcomeSpec): string {
  if (o.kind === 'figure') return `run figure ${o.figure} of summary.json`;
  if (o.kind === 'change') return `${o.column} at step ${o.to} minus at step ${o.from}`;
  return `${o.column} at step ${o.step}`;
}

function valueAt(run: RunData, col: Outcome, s: number): number {
  const k = run.steps.indexOf(s);
  if (k < 0) throw new InputError(`${run.dir}: national.csv has no step ${s}`);
  return run.values[col][k];
}

/** The outcome's value in one run (NaN where undefined, e.g. a half-life without convergence). */
export function outcomeValue(o: OutcomeSpec, run: RunData): number {
  if (o.kind === 'figure') return run.figures[o.figure];
  if (o.kind === 'change') return valueAt(run, o.column, o.to) - valueAt(run, o.column, o.from);
  return valueAt(run, o.column, o.step);
}
