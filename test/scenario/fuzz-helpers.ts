// What the fuzz test draws keys from: every key a --set may name.
export { loadScenario, ScenarioError } from '../../src/scenario/index.ts';
export { SETTABLE_KEYS as SETTABLE_KEYS_FOR_TESTS } from '../../src/scenario/schema.ts';
