// Pictures of real reports for the README and docs: `npx tsx scripts/screenshots.ts`
// (needs Debian's chromium). Runs china-2020 and a comparison, then saves sections of
// their reports as docs/img/report-*.png.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const factorflow = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/factorflow.js', ...args, '--quiet'], { stdio: 'inherit' });

factorflow('run', 'china-2020', '--out', 'results/china-2020/seed-1');
factorflow('compare', 'china-2020', 'common-prosperity', '--reps', '5', '--out', 'results/compare-docs');

const shots: [string, string[]][] = [
  ['results/china-2020/seed-1/report.html', ['indices', 'map', 'beta']],
  ['results/compare-docs/report.html', ['policy-1']],
];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (const [file, sections] of shots) {
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.chart')).every((el) => el.hasAttribute('data-rendered')));
    for (const id of sections) {
      const target = await page.$(`#${id}`);
      if (!target) { console.log(`no section #${id} in ${file}`); continue; }
      const out = `docs/img/report-${id}.png`;
      await target.screenshot({ path: out });
      console.log(out);
    }
  }
} finally {
  await browser.close();
}
