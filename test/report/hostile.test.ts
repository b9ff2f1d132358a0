// Text from scenario and results files never becomes markup or script in the page.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../src/report/index.ts';
import { extractSpecs, tempDir } from './helpers.ts';
import {
  writeComparisonFolder, writeReplicationsFolder, writeRunFolder, writeSweepFolder,
} from './fixtures/make-fixtures.ts';

const NAME = '<script>alert(1)</script>';
const REGION_NAMES = ['</script><img src=x onerror=alert(1)>', 'A & B', '"Quoted"', "O'Neil"];
const GROUPS = ['<b>east</b>', 'central', 'west', 'northeast'];
const hostile = { name: NAME, names: REGION_NAMES, groups: GROUPS };

/** Script elements the page itself has: specs, embed options, three libraries, the drawing code. */
const OWN_SCRIPTS = 6;

/** The page with the libraries' code taken out (vega-embed's own source mentions "<img"). */
function ownText(html: string): string {
  return html.replace(/(<script data-library="[^"]+">)[\s\S]*?<\/script>/g, '$1</script>');
}

function checkInert(page: string): void {
  const html = ownText(page);
  // Booleans, not toContain: a failure should not print a megabyte of page.
  expect(html.includes('<script>alert'), 'raw <script>alert').toBe(false);
  expect(html.includes('<img'), 'raw <img').toBe(false);
  expect(html.includes('<b>east'), 'raw <b>').toBe(false);
  expect(html.match(/<script\b/gi)).toHaveLength(OWN_SCRIPTS);
  expect(html.match(/<\/script>/gi)).toHaveLength(OWN_SCRIPTS);
}

describe('hostile names', () => {
  it('are escaped in a run report, in the title and the tables', async () => {
    const html = readFileSync(await buildReport(writeRunFolder(join(tempDir(), 'run'), hostile)), 'utf8');
    checkInert(html);
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;: run report</title>');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;: run report</h1>');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).toContain('&quot;Quoted&quot;');
    expect(html).toContain('O&#39;Neil');
    expect(html).toContain('&lt;b&gt;east&lt;/b&gt;');
  });

  it('reach the charts unchanged, as data (drawn as text, not parsed as HTML)', async () => {
    const html = readFileSync(await buildReport(writeRunFolder(join(tempDir(), 'run'), hostile)), 'utf8');
    const specs = extractSpecs(html);
    const beta = JSON.stringify(specs.beta);
    for (const name of REGION_NAMES) expect(beta).toContain(JSON.stringify(name).slice(1, -1));
  });

  it('are escaped in a replications report', async () => {
    const html = readFileSync(await buildReport(writeReplicationsFolder(join(tempDir(), 'reps'), hostile)), 'utf8');
    checkInert(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('are escaped in a comparison report (policy names)', async () => {
    const dir = writeComparisonFolder(join(tempDir(), 'cmp'), [NAME, '<img src=y>']);
    const html = readFileSync(await buildReport(dir), 'utf8');
    checkInert(html);
    expect(html).toContain('<h3>Policy: &lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    expect(html).toContain('&lt;img src=y&gt; − baseline</th>');
  });

  it('are escaped in a sweep report (scenario name in the manifest)', async () => {
    const dir = writeSweepFolder(join(tempDir(), 'sweep'), 2);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, scenario: NAME }));
    const html = readFileSync(await buildReport(dir), 'utf8');
    checkInert(html);
    expect(html).toContain('<title>Sweep: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});
