// The three chart libraries, read from node_modules so the page needs no network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ChartLibrary {
  name: string;
  source: string;
}

/** Package and its minified browser build, in load order (vega-embed needs the other two). */
const BUILDS = [
  ['vega', 'vega.min.js'],
  ['vega-lite', 'vega-lite.min.js'],
  ['vega-embed', 'vega-embed.min.js'],
] as const;

let cache: ChartLibrary[] | undefined;

/**
 * Each package's entry point resolves into its `build/` folder (the packages do not export
 * package.json), and the minified UMD build sits next to it.
 */
function buildPath(pkg: string, file: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(pkg)), file);
}

/** The minified sources of vega, vega-lite and vega-embed, read once per process. */
export function chartLibraries(): ChartLibrary[] {
  cache ??= BUILDS.map(([pkg, file]) => ({ name: pkg, source: readFileSync(buildPath(pkg, file), 'utf8') }));
  return cache;
}
