// factorflow as a library: load a scenario, simulate it, measure inequality and convergence.
// The few public names; everything else is internal.
export { loadScenario, validateScenario, compileSchedule, ScenarioError } from './scenario/index.ts';
export type { Scenario, ScenarioFile, Params, Policy, Region, Link, ScheduleEntry } from './scenario/index.ts';
export { createModel, start, step, observe, simulate, applyAction } from './engine/index.ts';
export type { Model, RunResult, NationalRow, RegionRow, RunSummary } from './engine/index.ts';
export * as metrics from './metrics/index.ts';
