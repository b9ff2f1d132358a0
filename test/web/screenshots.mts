// Makes docs/img/page.png: the teaching page at 1024×768 (a projector) mid-run on
// china-2020 with one transfers move, the run without it drawn in grey beside it, and the
// mouse over a chart showing a year's value.
// Run by hand (not a test): npx tsx test/web/screenshots.mts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb, serveStatic } from '../../src/cli/commands/serve.ts';
import { launch, watchedPage } from './browser.ts';

const out = await buildWeb(join(mkdtempSync(join(tmpdir(), 'factorflow-shot-')), 'web'));
const served = await serveStatic(out, { port: 0 });
const browser = await launch();
const { page, problems } = await watchedPage(browser);
await page.setViewportSize({ width: 1024, height: 768 });
await page.goto(`${served.url}?scenario=china-2020`);
const at = (n: number) => page.waitForFunction((k) => (window as any).factorflow?.run.step >= k, n, { timeout: 30_000 });
await at(0);
await page.locator('#speed').fill('10');
await page.click('#play');
await at(5);
await page.locator('#lever-policy-transfers-rate').fill('0.9');
await at(12);
await page.click('#play');
// The grey run without the move catches up with the run, then the picture is taken.
await page.waitForFunction(() => {
  const f = (window as any).factorflow;
  return f.baseline()?.length === f.run.history.length;
}, null, { timeout: 30_000 });
const chart = (await page.locator('#chart-cv_gdp_pc').boundingBox())!;
await page.mouse.move(chart.x + chart.width * 0.45, chart.y + chart.height / 2);
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/img/page.png' });
console.log(problems.length ? problems : 'docs/img/page.png written, no console errors');
await browser.close();
await served.close();
