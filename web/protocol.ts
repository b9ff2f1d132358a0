// Messages between the page (main.ts) and the engine worker (worker.ts).
import type { NationalRow, Observation } from '../src/engine/index.ts';
import type { Link, Scenario, ScheduledAction, SetValue } from '../src/scenario/index.ts';

export type ToWorker =
  /** `id` names the run: replies carry it, so replies about an earlier run are ignored. */
  | { type: 'load'; id: number; scenario: Scenario }
  | { type: 'step' }
  /** Appends the action to the schedule of the next step the worker will run. */
  | { type: 'act'; action: ScheduledAction }
  /** Continue past the last year: the run now has `steps` steps. */
  | { type: 'extend'; steps: number };

export type FromWorker = { id: number } & (
  /** `ms`: time of the model work behind this observation (creation or one step). */
  /** `inForce`: every lever's value in force in the observation's year (by scenario key). */
  | { type: 'observed'; observation: Observation; links: Link[]; ms: number; done: boolean; inForce: Record<string, SetValue> }
  /** The schedule step at which an `act` will apply. */
  | { type: 'acted'; step: number; action: ScheduledAction }
  /**
   * A row of the run without the moves (the baseline), from the first move's step on.
   * `ms`: model work behind it; for the first row, creating that model and catching up too.
   */
  | { type: 'baseline'; step: number; national: NationalRow; ms: number }
  | { type: 'error'; message: string }
);
