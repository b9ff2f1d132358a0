// The run the page shows: the observations so far, the lever moves, the run without them
// (once there is a move) and the engine worker that computes them. At most one step is in
// flight; play asks for the next one when the previous has arrived and the speed's interval
// has passed.
import type { NationalRow, Observation } from '../src/engine/index.ts';
import type { Link, Scenario, ScheduledAction, SetValue } from '../src/scenario/index.ts';
import type { Move } from './export.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export class Run {
  scenario!: Scenario;
  history: Observation[] = [];
  /** Every lever's value in force in the last year computed, by scenario key. */
  inForce: Record<string, SetValue> = {};
  links: Link[] = [];
  moves: Move[] = [];
  /** Time of each model step in the worker, ms (index 0: creating the model). */
  ms: number[] = [];
  /** Time behind each row of the baseline, ms (index 0: creating it, catching up, one step). */
  baselineMs: number[] = [];
  /** Rows of the run without moves from the first move's step on (earlier: the run's own). */
  private without: NationalRow[] = [];
  playing = false;
  stepsPerSecond = 4;
  private busy = false;
  private id = 0;
  private lastAsked = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

  constructor(private readonly changed: () => void, private readonly failed: (message: string) => void) {
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
  }

  get step(): number {
    return this.history.length - 1;
  }

  get done(): boolean {
    return this.step >= this.scenario.steps;
  }

  national(): NationalRow[] {
    return this.history.map((o) => o.national);
  }

  /**
   * The same scenario and seed without any move, as far as the worker has computed it;
   * undefined before the first move. Up to the first move's step it is the run itself.
   */
  baseline(): NationalRow[] | undefined {
    if (!this.moves.length) return undefined;
    return [...this.national().slice(0, this.moves[0].step), ...this.without];
  }

  load(scenario: Scenario): void {
    this.pause();
    this.scenario = scenario;
    this.history = [];
    this.inForce = {};
    this.moves = [];
    this.ms = [];
    this.baselineMs = [];
    this.without = [];
    this.busy = true;
    this.id += 1;
    this.send({ type: 'load', id: this.id, scenario });
  }

  play(): void {
    if (this.done) return;
    this.playing = true;
    this.next();
  }

  pause(): void {
    this.playing = false;
    clearTimeout(this.timer);
  }

  /** One step now, unless one is already on its way. */
  stepOnce(): void {
    if (this.busy || this.done) return;
    this.busy = true;
    this.lastAsked = performance.now();
    this.send({ type: 'step' });
  }

  /**
   * Continue past the last year: `years` more. The page's scenario (and so the downloaded
   * file) gets the longer run too.
   */
  extend(years: number): void {
    this.scenario.steps += years;
    this.send({ type: 'extend', steps: this.scenario.steps });
    this.changed();
  }

  /** A lever move: the worker files it under the next step it will run and says which. */
  act(action: ScheduledAction): void {
    this.send({ type: 'act', action });
  }

  private next(): void {
    clearTimeout(this.timer);
    if (!this.playing) return;
    if (this.done) {
      this.pause();
      this.changed();
      return;
    }
    const wait = Math.max(0, 1000 / this.stepsPerSecond - (performance.now() - this.lastAsked));
    this.timer = setTimeout(() => this.stepOnce(), wait);
  }

  private receive(message: FromWorker): void {
    if (message.id !== this.id) return;
    if (message.type === 'error') {
      this.busy = false;
      this.pause();
      this.failed(message.message);
    } else if (message.type === 'acted') {
      this.moves.push({ step: message.step, action: message.action });
    } else if (message.type === 'baseline') {
      this.without.push(message.national);
      this.baselineMs.push(message.ms);
    } else {
      this.busy = false;
      this.history.push(message.observation);
      this.links = message.links;
      this.inForce = message.inForce;
      this.ms.push(message.ms);
      this.next();
    }
    this.changed();
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}
