// Shared by the report tests: fixtures in a temporary folder, the specs embedded in a
// page, and compiling a spec with vega-lite and drawing it with vega (no browser).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vl from 'vega-lite';
import * as vega from 'vega';
import { writeAllFixtures, type FixturePaths } from './fixtures/make-fixtures.ts';
import { buildReport } from '../../src/report/index.ts';

export type Spec = Record<string, unknown>;

export function tempDir(prefix = 'ff-report-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Fixtures of every kind in a fresh temporary folder, each with its report built. */
export async function builtFixtures(): Promise<FixturePaths & { html: Record<keyof FixturePaths, string> }> {
  const paths = writeAllFixtures(tempDir());
  const html = {} as Record<keyof FixturePaths, string>;
  for (const kind of Object.keys(paths) as (keyof FixturePaths)[]) {
    html[kind] = readFileSync(await buildReport(paths[kind]), 'utf8');
  }
  return { ...paths, html };
}

/** The chart specs embedded in a page, by chart id (JSON.parse undoes the script escaping). */
export function extractSpecs(html: string): Record<string, Spec> {
  const m = /<script type="application\/json" id="ff-specs">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no ff-specs script in the page');
  return JSON.parse(m[1]) as Record<string, Spec>;
}

/** Compiles with vega-lite and renders to SVG with vega; returns the SVG and every warning. */
export async function drawInNode(spec: Spec): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const collect = (prefix: string) => (...args: unknown[]) => void warnings.push(`${prefix}${args.join(' ')}`);
  const vlLogger = {
    level: () => vlLogger,
    warn: (...a: unknown[]) => (collect('vega-lite: ')(...a), vlLogger),
    error: (...a: unknown[]) => (collect('vega-lite error: ')(...a), vlLogger),
    info: () => vlLogger,
    debug: () => vlLogger,
  };
  const compiled = vl.compile(spec as unknown as vl.TopLevelSpec, { logger: vlLogger as never });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none' });
  const vgLogger = {
    level: () => vgLogger,
    warn: (...a: unknown[]) => (collect('vega: ')(...a), vgLogger),
    error: (...a: unknown[]) => (collect('vega error: ')(...a), vgLogger),
    info: () => vgLogger,
    debug: () => vgLogger,
  };
  view.logger(vgLogger as never);
  const svg = await view.toSVG();
  view.finalize();
  return { svg, warnings };
}
