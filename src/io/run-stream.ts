// A run written as it goes: every step's rows are appended to the results files in the
// run's temporary folder, so memory does not grow with the number of steps. The files of a
// step are declared as a list (file, columns, rows of an observation); a new per-step file
// is one more entry in RUN_STEP_FILES, a new column one more entry in the engine's tables.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import {
  Ends, FLOW_COLUMNS, NATIONAL_COLUMNS, ORIGIN_COLUMNS, REGION_COLUMNS, observations, type Observation, type RunSummary,
} from '../engine/index.ts';
import type { Model } from '../engine/state.ts';
import type { Scenario } from '../scenario/index.ts';
import { FolderTransaction } from './atomic.ts';
import { csvHeader, csvRows, type Cell } from './csv.ts';
import { json, manifest, scenarioHash } from './manifest.ts';
import { resolvedScenarioFile } from './run-files.ts';

/** A results file with one or more rows per step. */
export interface StepFile {
  file: string;
  columns: readonly string[];
  rows: (observation: Observation, model: Model) => readonly Record<string, Cell>[];
}

export const RUN_STEP_FILES: StepFile[] = [
  { file: 'national.csv', columns: NATIONAL_COLUMNS, rows: (o) => [o.national as unknown as Record<string, Cell>] },
  { file: 'regions.csv', columns: REGION_COLUMNS, rows: (o) => o.regions as unknown as Record<string, Cell>[] },
  { file: 'flows.csv', columns: FLOW_COLUMNS, rows: (o) => o.flows as unknown as Record<string, Cell>[] },
  { file: 'origins.csv', columns: ORIGIN_COLUMNS, rows: (o) => o.origins as unknown as Record<string, Cell>[] },
];

/**
 * A CSV file appended to through a buffer of about 8 kB. Text that waits long in a buffer
 * outlives young-generation collections and fills the old space until a full collection:
 * a 100,000-step two-regions run with its report peaked at 275 MB with 256 kB buffers and
 * 253 MB with 8 kB ones (issue 10 asks for under 300 MB).
 */
class CsvAppender {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;

  constructor(path: string, private readonly spec: StepFile) {
    this.fd = openSync(path, 'w');
    this.push(csvHeader(spec.columns));
  }

  add(observation: Observation, model: Model): void {
    this.push(csvRows(this.spec.columns, this.spec.rows(observation, model)));
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 13) this.flush();
  }

  private flush(): void {
    if (this.size > 0) writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export interface StreamOptions {
  /** Called after every step's rows are written (a progress bar, a watchdog). */
  onStep?: (model: Model) => void;
  /** The experiment's command line, for the manifest (a worker's own argv is not it). */
  command?: string;
  /** Extra files to write before the folder is moved into place (e.g. report.html). */
  finish?: (t: FolderTransaction) => Promise<void> | void;
  files?: readonly StepFile[];
}

const YIELD_MS = 50;

/**
 * Simulates `scenario` into results folder `dir`: the step files streamed, then
 * summary.json, scenario.json and manifest.json (the marker), then `finish`, all moved
 * into place by one rename. Yields to the event loop every 50 ms so that signals and
 * progress output are handled during a long run.
 */
export async function streamRun(dir: string, scenario: Scenario, options: StreamOptions = {}): Promise<RunSummary> {
  return FolderTransaction.run(dir, async (t) => {
    const started = performance.now();
    const files = options.files ?? RUN_STEP_FILES;
    const sinks = files.map((f) => new CsvAppender(t.file(f.file), f));
    const ends = new Ends();
    let lastYield = performance.now();
    try {
      for (const { model, observation } of observations(scenario)) {
        for (const sink of sinks) sink.add(observation, model);
        ends.add(observation, model);
        options.onStep?.(model);
        if (performance.now() - lastYield > YIELD_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          lastYield = performance.now();
        }
      }
    } finally {
      for (const sink of sinks) sink.close();
    }
    const summary = ends.summary(scenario);
    writeFileSync(t.file('summary.json'), json(summary));
    writeFileSync(t.file('scenario.json'), json(resolvedScenarioFile(scenario)));
    writeFileSync(t.file('manifest.json'), json(manifest('run', (performance.now() - started) / 1000, {
      scenario: scenario.name, seed: scenario.seed, steps: scenario.steps, scenarioHash: scenarioHash(scenario),
    }, options.command)));
    await options.finish?.(t);
    return summary;
  });
}
