// A ScenarioSource over in-memory texts, as a web page would give one: tests the loader
// without the file system.
import type { ScenarioSource } from '../../src/scenario/index.ts';

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function dirname(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** `files`: path → content (objects are written as JSON); `bundled`: name → content. */
export function memorySource(files: Record<string, unknown>, bundled: Record<string, unknown> = {}): ScenarioSource {
  const texts = new Map<string, string>();
  const put = (path: string, v: unknown) => texts.set(path, typeof v === 'string' ? v : JSON.stringify(v));
  for (const [path, v] of Object.entries(files)) put(path, v);
  for (const [name, v] of Object.entries(bundled)) put(`bundled/${name}.json`, v);
  return {
    read(path) {
      const text = texts.get(path);
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    resolvePath: (from, ref) => normalize(from ? `${dirname(from)}/${ref}` : ref),
    bundledPath: (name) => `bundled/${name}.json`,
    bundledNames: () => Object.keys(bundled),
  };
}

/** Two regions with coordinates 1° of longitude apart on the equator. */
export const TWO_REGIONS = [
  { id: 'A', name: 'A', group: 'west', population: 1000, urbanShare: 0.5, tfp: 1, lon: 0, lat: 0 },
  { id: 'B', name: 'B', group: 'east', population: 3000, urbanShare: 0.5, gdpPerCapita: 5000, lon: 1, lat: 0 },
];
