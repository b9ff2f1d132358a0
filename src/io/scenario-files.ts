// Scenario files on disk: the Node side of src/scenario's injected ScenarioSource.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, validateFile, type LoadOptions, type Problem, type Scenario, type ScenarioSource } from '../scenario/index.ts';

/** The folder of the bundled scenarios (`scenarios/` at the package root). */
export const BUNDLED_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Short paths for messages: relative to the working directory when inside it. */
function tidy(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('no such file');
    if (code === 'EISDIR') throw new Error('is a folder, not a file');
    if (code === 'EACCES') throw new Error('permission denied');
    throw err;
  }
}

/** Names of the bundled scenarios, sorted. */
export function bundledNames(): string[] {
  return readdirSync(BUNDLED_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Reads files relative to the working directory; `extends` relative to the extending file. */
export const nodeScenarioSource: ScenarioSource = {
  read: readText,
  resolvePath: (fromFile, ref) => tidy(resolve(fromFile ? dirname(fromFile) : '.', ref)),
  bundledPath: (name) => tidy(join(BUNDLED_DIR, `${name}.json`)),
  bundledNames,
};

function options(overrides: readonly string[]): LoadOptions {
  return { ...nodeScenarioSource, overrides };
}

/** Loads a scenario file or bundled name from disk. @throws ScenarioError */
export function loadScenarioFile(ref: string, overrides: readonly string[] = []): { scenario: Scenario; files: string[] } {
  return loadScenario(ref, options(overrides));
}

/** Every problem of a scenario file on disk; [] if valid. */
export function validateScenarioFile(ref: string, overrides: readonly string[] = []): Problem[] {
  return validateFile(ref, options(overrides));
}
