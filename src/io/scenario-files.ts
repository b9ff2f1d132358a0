// Scenario files on disk: the Node side of src/scenario's injected ScenarioSource.
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

/** Largest scenario file read (bundled china-2020 is about 30 kB). */
export const MAX_SCENARIO_BYTES = 10 * 2 ** 20;

/**
 * Only a regular file under MAX_SCENARIO_BYTES is read: `extends` pointing at /dev/zero,
 * a FIFO or a huge file would otherwise hang or fill memory.
 */
function readText(path: string): string {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new Error('is a folder, not a file');
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > MAX_SCENARIO_BYTES) {
      throw new Error(`${(stat.size / 2 ** 20).toFixed(1)} MB, larger than the ${MAX_SCENARIO_BYTES / 2 ** 20} MB a scenario file may have`);
    }
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
