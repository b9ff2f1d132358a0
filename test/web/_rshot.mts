import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watchedPage } from './browser.ts';
const browser = await launch();
const { page, problems } = await watchedPage(browser);
await page.setViewportSize({ width: 1200, height: 900 });
await page.goto(pathToFileURL(resolve(process.argv[2])).href);
await page.waitForFunction(() => Array.from(document.querySelectorAll('.chart')).every((el) => el.hasAttribute('data-rendered')), null, { timeout: 60000 });
for (const id of process.argv.slice(3)) {
  const t = await page.$(`#${id}`);
  if (t) await t.screenshot({ path: `/tmp/x/r-${id}.png` }); else console.log('missing', id);
}
console.log(problems, await page.$$eval('.chart', (els) => els.map((e) => e.id + ':' + e.getAttribute('data-rendered'))));
await browser.close();
