// The written page of every kind of results folder: self-contained, complete, drawable.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildReport } from '../../src/report/index.ts';
import { builtFixtures, drawInNode, extractSpecs } from './helpers.ts';
import type { FixturePaths } from './fixtures/make-fixtures.ts';

type Kind = keyof FixturePaths;

/** The charts docs/reports.md promises for each kind of folder (the task's list). */
const RUN_CHARTS = [
  'indices-dispersion', 'indices-theil', 'indices-gini', 'map',
  'levers', 'paths-gdp-pc', 'paths-population',
  'regions-gdp-pc', 'regions-population', 'regions-net-migration', 'beta',
];
const EXPECTED_CHARTS: Record<Kind, string[]> = {
  run: RUN_CHARTS,
  replications: RUN_CHARTS,
  // One chart per compared headline outcome (in the report's order), then the difference panels.
  comparison: ['outcome-gdp-per-capita', 'outcome-sd-log-gdp-pc', 'outcome-theil', 'outcome-gini-households', 'differences'],
  sweep: ['sweep-lines'],
  sweep2: ['sweep-lines', 'sweep-heatmap'], // two keys vary: a heat map too
};
const KINDS = Object.keys(EXPECTED_CHARTS) as Kind[];

/** The page without the contents of its <script> elements (data and libraries). */
function markupOnly(html: string): string {
  return html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
}

function library(pkg: string, file: string): string {
  return readFileSync(join(dirname(createRequire(import.meta.url).resolve(pkg)), file), 'utf8');
}

let fx: Awaited<ReturnType<typeof builtFixtures>>;
beforeAll(async () => {
  fx = await builtFixtures();
});

describe.each(KINDS)('the %s report', (kind) => {
  it('is written as report.html next to the results, with no temporary file left', () => {
    const files = readdirSync(fx[kind]);
    expect(files).toContain('report.html');
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('references nothing outside the page: no external src, href, link, import or url()', () => {
    const markup = markupOnly(fx.html[kind]);
    expect(markup).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(markup).not.toMatch(/<link\b/i);
    expect(markup).not.toMatch(/@import|url\(/i);
    expect(markup).toMatch(/Content-Security-Policy[^>]*connect-src &#39;none&#39;/);
  });

  it('inlines vega, vega-lite and vega-embed', () => {
    const html = fx.html[kind];
    for (const [pkg, file] of [['vega', 'vega.min.js'], ['vega-lite', 'vega-lite.min.js'], ['vega-embed', 'vega-embed.min.js']]) {
      expect(html).toContain(`data-library="${pkg}"`);
      // The library's own text, as shipped: its first and last 300 characters.
      const source = library(pkg, file);
      expect(html).toContain(source.slice(0, 300));
      expect(html).toContain(source.trimEnd().slice(-300));
    }
  });

  it('has a container and a spec for exactly the expected charts', () => {
    const html = fx.html[kind];
    for (const id of EXPECTED_CHARTS[kind]) expect(html).toContain(`id="chart-${id}"`);
    expect(Object.keys(extractSpecs(html)).sort()).toEqual([...EXPECTED_CHARTS[kind]].sort());
  });

  it('has a table of contents whose every link has a target', () => {
    const markup = markupOnly(fx.html[kind]);
    const links = [...markup.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(1);
    for (const id of links) expect(markup).toContain(`id="${id}"`);
  });

  it('keeps the export actions and turns off source, compiled and editor', () => {
    const m = /<script type="application\/json" id="ff-embed-options">([\s\S]*?)<\/script>/.exec(fx.html[kind]);
    expect(JSON.parse(m![1]).actions).toEqual({ export: true, source: false, compiled: false, editor: false });
  });

  it('has specs that vega-lite compiles and vega draws without a warning', async () => {
    for (const [id, spec] of Object.entries(extractSpecs(fx.html[kind]))) {
      const { svg, warnings } = await drawInNode(spec);
      expect(warnings, id).toEqual([]);
      expect(svg, id).toMatch(/^<svg/);
    }
  });
});

describe('writing', () => {
  it('returns the absolute path of the page', async () => {
    expect(await buildReport(fx.run)).toBe(resolve(fx.run, 'report.html'));
  });

  it('writes to --out instead when given one', async () => {
    const out = join(fx.sweep, 'elsewhere.html');
    expect(await buildReport(fx.run, { out })).toBe(out);
    expect(readFileSync(out, 'utf8')).toContain('run report');
  });
});
