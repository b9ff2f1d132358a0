// `--set KEY=VALUE` on the command line: a change to the resolved scenario, checked
// against the same schema as the files.
import { deepMerge, isPlainObject } from './merge.ts';
import type { Origins } from './origins.ts';
import { getPath, setPath } from './paths.ts';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth.ts';
import { show, type Problem } from './problems.ts';
import { SCENARIO_SCHEMA, SETTABLE_KEYS, schemaAt, validatorAt } from './schema.ts';
import { schemaProblems } from './schema-errors.ts';
import { didYouMean } from './suggest.ts';

/** The file name that problems in overrides carry. */
export const OVERRIDE_FILE = '--set';

/** The `--set` text of one value of a key (strings raw, everything else as JSON): how a design's point becomes overrides. */
export const overrideText = (key: string, value: number | string | boolean): string =>
  `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`;

/** Keys only a file can give. */
const FILE_ONLY = ['$schema', 'extends'];

const TOP_KEYS = Object.keys(SCENARIO_SCHEMA.properties ?? {}).filter((k) => !FILE_ONLY.includes(k));
const OVERRIDE_KEYS = [...TOP_KEYS, ...SETTABLE_KEYS];

/** The value of `text` as JSON if it parses, else the text; a string key keeps the text. */
export function parseOverrideValue(key: string, text: string): unknown {
  if (schemaAt(key)?.type === 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function checkKey(key: string, raw: string): Problem | undefined {
  if (!raw.includes('=')) return { file: OVERRIDE_FILE, path: '', message: `expected KEY=VALUE (got ${show(raw)})` };
  const where = { file: OVERRIDE_FILE, path: key };
  if (FILE_ONLY.includes(key)) return { ...where, message: 'can only be given in a file' };
  if (!schemaAt(key) || key.startsWith('$')) {
    return { ...where, message: `unknown key${didYouMean(key, OVERRIDE_KEYS)}` };
  }
  return undefined;
}

/** Applies overrides in order to `scenario`; bad ones are reported and skipped. */
export function applyOverrides(
  scenario: Record<string, unknown>,
  overrides: readonly string[],
  origins: Origins,
): Problem[] {
  const problems: Problem[] = [];
  for (const raw of overrides) {
    const eq = raw.indexOf('=');
    const key = (eq < 0 ? raw : raw.slice(0, eq)).trim();
    const bad = checkKey(key, raw);
    if (bad) {
      problems.push(bad);
      continue;
    }
    if (tooDeepAt(raw.slice(eq + 1)) >= 0) {
      problems.push({ file: OVERRIDE_FILE, path: key, message: `value nested more than ${MAX_JSON_DEPTH} levels deep` });
      continue;
    }
    const value = parseOverrideValue(key, raw.slice(eq + 1));
    const validate = validatorAt(key);
    if (!validate(value)) {
      problems.push(...schemaProblems(validate.errors, OVERRIDE_FILE, [key]));
      continue;
    }
    const current = getPath(scenario, key);
    setPath(scenario, key, isPlainObject(current) ? deepMerge(current, value) : value);
    origins.set(key, OVERRIDE_FILE);
  }
  return problems;
}
