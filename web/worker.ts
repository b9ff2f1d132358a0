// The engine in a Web Worker, so that the page stays responsive while a step runs.
// A lever move is appended to model.schedule[step + 1]: exactly what a schedule entry
// dated step + 1 compiles to, so a CLI run of the exported scenario gives the same numbers.
//
// From the first move on, a second model of the same scenario and seed, never given a move,
// follows the run: the baseline the charts draw in grey. Until that move the two runs are
// the same run (the engine is deterministic), so the page reuses the run's own rows and a
// page without moves builds no second model at all.
import { createModel, observe, start, step, type Model } from '../src/engine/index.ts';
import { compileSchedule, getPath, type Scenario, type ScheduledAction, type SetValue } from '../src/scenario/index.ts';
import { LEVERS } from './levers.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

let model: Model | undefined;
let scenario: Scenario | undefined;
let id = 0;
/** The run without moves, its first own row (the first move's step) and its unreported work. */
let baseline: { model: Model; from: number; ms: number } | undefined;
let chasing = false;
/** The page's moves, by the step they act at: kept to rebuild the schedule when the run is extended. */
let moves: { step: number; action: ScheduledAction }[] = [];

type Reply = FromWorker extends infer M ? (M extends unknown ? Omit<M, 'id'> : never) : never;

function post(message: Reply): void {
  postMessage({ ...message, id });
}

function report(ms: number): void {
  if (!model) return;
  const links = model.links.map((l) => ({ ...l }));
  post({ type: 'observed', observation: observe(model), links, ms, done: model.step >= model.scenario.steps, inForce: inForce(model) });
}

/** The value of every lever in force in the year just computed (the schedule's, moves included). */
function inForce(m: Model): Record<string, SetValue> {
  const values = { params: m.params, policy: m.policy };
  return Object.fromEntries(LEVERS.map((l) => [l.key, structuredClone(getPath(values, l.key)) as SetValue]));
}

/**
 * Continue past the last year: the run (and the run without moves) gets `steps` steps. The
 * schedule is compiled again for the longer run (a ramp cut off by the old end now goes on,
 * as it would in `factorflow run` of the downloaded file) and the moves are put back.
 */
function extend(steps: number): void {
  if (!model || !scenario || steps <= model.scenario.steps) return;
  model.scenario.steps = steps;
  scenario.steps = steps;
  const schedule = compileSchedule(model.scenario);
  for (const m of moves) (schedule[m.step] ??= []).push(m.action);
  model.schedule = schedule;
  if (baseline) baseline.model.schedule = compileSchedule(scenario);
}

function load(message: Extract<ToWorker, { type: 'load' }>): void {
  id = message.id;
  baseline = undefined;
  moves = [];
  // A copy of its own: nothing done to the run can reach the baseline built from it later.
  scenario = structuredClone(message.scenario);
  const started = performance.now();
  model = createModel(message.scenario);
  start(model);
  report(performance.now() - started);
}

function advance(): void {
  if (!model || model.step >= model.scenario.steps) return;
  const started = performance.now();
  step(model);
  report(performance.now() - started);
  chase();
}

function act(action: ScheduledAction): void {
  if (!model || !scenario) return;
  const at = model.step + 1;
  (model.schedule[at] ??= []).push(action);
  moves.push({ step: at, action });
  post({ type: 'acted', step: at, action });
  // A move after the last step changes nothing: no baseline needed.
  if (baseline || at > scenario.steps) return;
  const started = performance.now();
  const without = createModel(scenario);
  start(without);
  baseline = { model: without, from: at, ms: performance.now() - started };
  chase();
}

/**
 * Steps the baseline once in a later task while it is behind the run, so that a step of
 * the run asked for meanwhile is not held up by a whole catch-up (a move at year 15 means
 * 15 baseline steps). Once caught up it moves in lockstep: one step after each of the run's.
 */
function chase(): void {
  if (chasing || !baseline || !model || baseline.model.step >= model.step) return;
  chasing = true;
  setTimeout(() => {
    chasing = false;
    try {
      stepBaseline();
    } catch (err) {
      baseline = undefined;
      fail(err);
    }
    chase();
  }, 0);
}

function stepBaseline(): void {
  if (!baseline || !model || baseline.model.step >= model.step) return;
  const b = baseline;
  const started = performance.now();
  step(b.model);
  b.ms += performance.now() - started;
  // Rows before the first move's step are the run's own: not observed twice.
  if (b.model.step < b.from) return;
  post({ type: 'baseline', step: b.model.step, national: observe(b.model).national, ms: b.ms });
  b.ms = 0;
}

function fail(err: unknown): void {
  post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'load') load(message);
    else if (message.type === 'step') advance();
    else if (message.type === 'extend') extend(message.steps);
    else act(message.action);
  } catch (err) {
    fail(err);
  }
};
