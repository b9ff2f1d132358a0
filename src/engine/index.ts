// The engine's public surface. Browser-safe: no Node APIs anywhere below this folder.
export { createModel } from './init.ts';
export { step, start } from './step.ts';
export { simulate, observe, summarize, observations, Ends } from './simulate.ts';
export type { Observation, SimulateOptions } from './simulate.ts';
export { applyAction } from './phases/policy.ts';
export * from './result.ts';
export type { Model } from './state.ts';
