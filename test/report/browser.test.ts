// The reports in a real browser (Debian's chromium through playwright-core): every chart
// draws, nothing is logged as an error, nothing is fetched, hostile names stay text and
// the export menu saves SVG and PNG. Skipped where /usr/bin/chromium is not installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildReport } from '../../src/report/index.ts';
import { tempDir } from './helpers.ts';
import { writeAllFixtures, writeRunFolder, type FixturePaths } from './fixtures/make-fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Visit {
  page: Page;
  problems: string[];
  requests: string[];
  dialogs: string[];
}

let browser: Browser;

/** Opens a report and waits until every chart container says it is done. */
async function visit(file: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const v: Visit = { page, problems: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') v.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => v.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => v.requests.push(r.url()));
  page.on('dialog', (d) => {
    v.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.chart')).every((el) => el.hasAttribute('data-rendered')),
    null,
    { timeout: 30_000 },
  );
  return v;
}

/** Each chart's state and whether it holds a drawn svg or canvas. */
async function chartStates(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.chart', (els) =>
    Object.fromEntries(
      els.map((el) => [el.id, `${el.getAttribute('data-rendered')}:${el.querySelector('svg.marks, canvas.marks') ? 'drawn' : 'empty'}`]),
    ),
  );
}

describe.skipIf(!existsSync(CHROMIUM))('reports in chromium', () => {
  let fx: FixturePaths;
  const pages: Partial<Record<keyof FixturePaths, string>> = {};

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    fx = writeAllFixtures(tempDir());
    for (const kind of Object.keys(fx) as (keyof FixturePaths)[]) pages[kind] = await buildReport(fx[kind]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['run', 'replications', 'comparison', 'sweep', 'sweep2'] as const)(
    'draws every chart of the %s report with no console error and no request but the page',
    async (kind) => {
      const file = pages[kind]!;
      const { page, problems, requests } = await visit(file);
      const states = await chartStates(page);
      expect(Object.keys(states).length).toBeGreaterThan(0);
      for (const [id, state] of Object.entries(states)) expect(state, id).toBe('true:drawn');
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      await page.close();
    },
  );

  it('keeps every table cell of the comparison on one line, shows its cautions and every scenario in one chart', async () => {
    const { page, problems } = await visit(pages.comparison!);
    // A narrow window: tables scroll sideways instead of breaking numbers or names.
    await page.setViewportSize({ width: 700, height: 900 });
    const broken = await page.$$eval('td:not(.text), th', (cells) => cells.filter((c) => {
      const line = parseFloat(getComputedStyle(c).lineHeight) || 20;
      const pad = parseFloat(getComputedStyle(c).paddingTop) + parseFloat(getComputedStyle(c).paddingBottom);
      return c.getBoundingClientRect().height - pad > line * 1.5;
    }).map((c) => c.textContent));
    expect(broken).toEqual([]);
    expect(await page.locator('#summary .warning').first().textContent()).toContain('only 3 replications');
    // The Theil chart's legend names the baseline and both policies.
    const legend = await page.locator('#chart-outcome-theil').textContent();
    for (const name of ['baseline', 'transfers-high', 'hukou-reform']) expect(legend).toContain(name);
    expect(await page.locator('#chart-outcome-gdp-per-capita').textContent()).toContain('yuan');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('labels the run report map, plots the levers over time and every region\'s path', async () => {
    const { page, problems } = await visit(pages.run!);
    const mapText = await page.locator('#chart-map').textContent();
    expect(mapText).toContain('Western Basin');
    const texts = await page.$$eval('#chart-levers text', (els) => els.map((e) => e.textContent));
    expect(texts).toContain('policy.transfers.rate');
    // The two map panels do not touch: a gap of at least 40 px between them.
    const panels = await page.$$eval('#chart-map g.mark-group.role-scope', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(panels.length).toBeGreaterThanOrEqual(2);
    expect(panels[1][0] - panels[0][1]).toBeGreaterThanOrEqual(40);
    expect(await page.locator('#chart-paths-gdp-pc').textContent()).toContain('GDP per person (yuan a year)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows hostile names as text and runs none of them', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'), {
      name: '<script>alert(1)</script>',
      names: ['</script><img src=x onerror=alert(2)>', 'B', 'C', 'D'],
    });
    const { page, problems, requests, dialogs } = await visit(await buildReport(dir));
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(requests).toHaveLength(1); // an <img src=x> that became markup would request x
    expect(await page.title()).toBe('<script>alert(1)</script>: run report');
    expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script>: run report');
    expect(await page.locator('#scenario table').nth(2).textContent()).toContain('</script><img src=x onerror=alert(2)>');
    await page.close();
  });

  it.each([
    ['SVG', '.svg'],
    ['PNG', '.png'],
  ])('saves a chart as %s from its action menu', async (format, ext) => {
    const { page, problems } = await visit(pages.run!);
    const chart = page.locator('#chart-beta');
    await chart.locator('details > summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.locator('.vega-actions a', { hasText: `Save as ${format}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\${ext}$`));
    const saved = join(tempDir(), `chart${ext}`);
    await download.saveAs(saved);
    expect(existsSync(saved)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
