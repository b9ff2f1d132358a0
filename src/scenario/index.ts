// The scenario module's public surface.
export { loadScenario, validateFile, validateScenario, resolveObject, type LoadOptions } from './validate.ts';
export { compileSchedule, type ScheduledAction } from './schedule.ts';
export { ScenarioError, formatProblem, type Problem } from './problems.ts';
export { greatCircleKm } from './distance.ts';
export { withCost } from './link-costs.ts';
export { getPath, setPath } from './paths.ts';
export { isBundledName, type ScenarioSource } from './source.ts';
export { DEFAULT_PARAMS, DEFAULT_POLICY, DEFAULT_SEED, DEFAULT_STEPS } from './defaults.ts';
export type * from './types.ts';
