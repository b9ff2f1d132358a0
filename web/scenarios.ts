/// <reference types="vite/client" />
// The bundled scenarios, compiled into the page as text, and a scenario source over them
// for src/scenario's loader (which runs unchanged in the browser).
import { loadScenario, type Scenario, type ScenarioSource } from '../src/scenario/index.ts';

const texts = import.meta.glob('../scenarios/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

/** File name → text; the page's "open a file" adds its file here under its own name. */
const files = new Map<string, string>();
for (const [path, text] of Object.entries(texts)) files.set(`scenarios/${path.split('/').pop()}`, text);

/** Names of the bundled scenarios (schema.json is not one), sorted. */
export function bundledNames(): string[] {
  return [...files.keys()]
    .filter((f) => f.startsWith('scenarios/') && !f.endsWith('/schema.json'))
    .map((f) => f.slice('scenarios/'.length, -'.json'.length))
    .sort();
}

const source: ScenarioSource = {
  read(path) {
    const text = files.get(path);
    if (text === undefined) throw new Error('no such file');
    return text;
  },
  // A user's file may extend a bundled scenario by name or by `scenarios/<name>.json`-like paths.
  resolvePath: (_from, ref) => (files.has(ref) ? ref : `scenarios/${ref.split('/').pop()}`),
  bundledPath: (name) => `scenarios/${name}.json`,
  bundledNames,
};

/** Loads a bundled scenario by name, or a file the user opened (by its name), with overrides. */
export function load(ref: string, overrides: string[] = []): Scenario {
  return loadScenario(ref, { ...source, overrides }).scenario;
}

/** Loads a scenario from text (a file the user opened, or one the server hands over). */
export function loadText(fileName: string, text: string, overrides: string[] = []): Scenario {
  const key = fileName.endsWith('.json') ? fileName : `${fileName}.json`;
  files.set(key, text);
  return load(key, overrides);
}
