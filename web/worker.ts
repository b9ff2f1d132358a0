// The engine in a Web Worker, so that the page stays responsive while a step runs.
// A lever move is appended to model.schedule[step + 1]: exactly what a schedule entry
// dated step + 1 compiles to, so a CLI run of the exported scenario gives the same numbers.
import { createModel, observe, start, step, type Model } from '../src/engine/index.ts';
import type { ScheduledAction } from '../src/scenario/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

let model: Model | undefined;
let id = 0;

type Reply = FromWorker extends infer M ? (M extends unknown ? Omit<M, 'id'> : never) : never;

function post(message: Reply): void {
  postMessage({ ...message, id });
}

function report(ms: number): void {
  if (!model) return;
  const links = model.links.map((l) => ({ ...l }));
  post({ type: 'observed', observation: observe(model), links, ms, done: model.step >= model.scenario.steps });
}

function load(message: Extract<ToWorker, { type: 'load' }>): void {
  id = message.id;
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
}

function act(action: ScheduledAction): void {
  if (!model) return;
  const at = model.step + 1;
  (model.schedule[at] ??= []).push(action);
  post({ type: 'acted', step: at, action });
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'load') load(message);
    else if (message.type === 'step') advance();
    else act(message.action);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
