// Pictures of a sensitivity report for docs/sensitivity.md (needs Debian's chromium):
//   npx tsx scripts/sensitivity-screenshots.ts RESULTS_DIR PREFIX [SECTION...]
// saves each section (default: every outcome-<k>) of RESULTS_DIR/report.html as
// docs/img/PREFIX-<section>.png. The worked example's folder comes from the command in
// docs/sensitivity.md.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [dir, prefix, ...wanted] = process.argv.slice(2);
if (!dir || !prefix) {
  console.error('usage: npx tsx scripts/sensitivity-screenshots.ts RESULTS_DIR PREFIX [SECTION...]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(pathToFileURL(resolve(dir, 'report.html')).href);
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.chart')).every((el) => el.hasAttribute('data-rendered')));
  const ids = wanted.length > 0 ? wanted : await page.$$eval('section[id^="outcome-"]', (els) => els.map((e) => e.id));
  for (const id of ids) {
    const target = await page.$(`#${id}`);
    if (!target) { console.log(`no section #${id}`); continue; }
    const out = `docs/img/${prefix}-${id}.png`;
    await target.screenshot({ path: out });
    console.log(out);
  }
} finally {
  await browser.close();
}
