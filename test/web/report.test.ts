// A run report in a real browser, as a teacher would open it: `factorflow run two-regions`
// writes report.html; opened from disk (file://) it draws every chart and fetches nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { HAS_CHROMIUM, launch, watchedPage } from './browser.ts';

let browser: Browser;
let dir: string;

describe.skipIf(!HAS_CHROMIUM)('a run report in chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factorflow-report-'));
    execFileSync(process.execPath, ['bin/factorflow.js', 'run', 'two-regions', '--steps', '10', '--out', join(dir, 'run'), '--quiet'], { stdio: 'pipe' });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens offline and renders an svg or canvas in every chart container', async () => {
    const { page, problems, requests } = await watchedPage(browser);
    const url = pathToFileURL(join(dir, 'run', 'report.html')).href;
    await page.goto(url);
    // The report marks each chart container when its chart is drawn (src/report).
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.chart')).every((el) => el.hasAttribute('data-rendered')),
      null, { timeout: 30_000 },
    );
    const charts = await page.$$eval('.chart', (els) => els.map((el) => ({
      id: el.id, drawn: el.querySelector('svg, canvas') !== null,
    })));
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) expect(c.drawn, c.id).toBe(true);
    expect(problems).toEqual([]);
    // Offline: the only request is the report file itself.
    expect(requests).toEqual([url]);
    await page.close();
  });
});
