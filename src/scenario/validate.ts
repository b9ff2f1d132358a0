// The public entry points: load a scenario (throwing on any problem) or list its problems.
import type { Layer } from './chain.ts';
import { isPlainObject } from './merge.ts';
import { ScenarioError, show, type Problem } from './problems.ts';
import { resolveLayers, resolveScenario } from './resolve.ts';
import { validateFileSchema } from './schema.ts';
import { schemaProblems } from './schema-errors.ts';
import type { ScenarioSource } from './source.ts';
import type { Scenario } from './types.ts';

export interface LoadOptions extends ScenarioSource {
  /** `KEY=VALUE` changes applied after the files, e.g. `params.alpha=0.3`. */
  overrides?: readonly string[];
}

/**
 * Loads a scenario: `ref` is a path or a bundled name (`china-2020`). Resolves `extends`,
 * fills defaults, applies overrides and computes missing link costs.
 * @throws ScenarioError listing every problem found
 */
export function loadScenario(ref: string, options: LoadOptions): { scenario: Scenario; files: string[] } {
  const { scenario, files, problems } = resolveScenario(ref, options, options.overrides);
  if (problems.length) throw new ScenarioError(problems);
  return { scenario, files };
}

/** Every problem of a scenario file, the files it extends and the overrides; [] if valid. */
export function validateFile(ref: string, options: LoadOptions): Problem[] {
  return resolveScenario(ref, options, options.overrides).problems;
}

/** A scenario held in memory (no `extends`), resolved, with its problems. */
export function resolveObject(value: unknown, file = 'scenario', overrides: readonly string[] = []) {
  if (!isPlainObject(value)) {
    const problems = [{ file, path: '', message: `must be a JSON object (got ${show(value)})` }];
    return { ...resolveLayers([]), problems };
  }
  validateFileSchema(value);
  const problems = schemaProblems(validateFileSchema.errors, file);
  if (value.extends !== undefined) {
    problems.push({ file, path: 'extends', message: 'needs files to read: use loadScenario' });
  }
  const layers: Layer[] = [{ file, data: value }];
  return resolveLayers(layers, overrides, problems);
}

/** Every problem of a scenario held in memory (a file's content or a resolved scenario). */
export function validateScenario(value: unknown, file = 'scenario'): Problem[] {
  return resolveObject(value, file).problems;
}
