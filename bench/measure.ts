// Measurements of one model size: creation and calibration time, step rate, memory.
// Timing uses performance.now(): the benchmark reports wall-clock time and never feeds it
// back into the model.
import { createModel, observe, start, step, type Model } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { compareGini, type GiniFigures } from './gini.ts';

export interface SizeFigures {
  agents: number;
  createMs: number;
  startMs: number;
  stepMs: number[];
  observeMs: number[];
  laborBytesPerAgent: number;
  rssGrowth: number;
  arrayBuffersGrowth: number;
  gini?: GiniFigures;
  model: Model;
}

/** Runs a full gc when node was started with --expose-gc (a no-op otherwise). */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) { gc(); gc(); }
}

/** Bytes of every typed array held by model.labor, per agent. */
export function laborBytesPerAgent(model: Model): number {
  let bytes = 0;
  for (const value of Object.values(model.labor)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  }
  return bytes / model.labor.count;
}

function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/**
 * Creates, calibrates and steps one model; `steps` timed steps after one warm-up. With
 * `gini`, also compares the two household-Gini paths at step 0 (see gini.ts).
 */
export function measureSize(scenario: Scenario, steps: number, gini = false): SizeFigures {
  collect();
  const before = process.memoryUsage();
  let model!: Model;
  const createMs = timed(() => { model = createModel(scenario); });
  const startMs = timed(() => { start(model); observe(model); });
  collect();
  const after = process.memoryUsage();
  const giniFigures = gini ? compareGini(model) : undefined;
  step(model); // warm-up: lets the JIT settle before the timed steps
  observe(model);
  const stepMs: number[] = [];
  const observeMs: number[] = [];
  for (let k = 0; k < steps; k++) {
    stepMs.push(timed(() => step(model)));
    observeMs.push(timed(() => observe(model)));
  }
  return {
    agents: model.labor.count, createMs, startMs, stepMs, observeMs,
    laborBytesPerAgent: laborBytesPerAgent(model),
    rssGrowth: after.rss - before.rss,
    arrayBuffersGrowth: after.arrayBuffers - before.arrayBuffers,
    gini: giniFigures,
    model,
  };
}

export const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
