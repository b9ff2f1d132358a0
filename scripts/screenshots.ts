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

/** Per report: [element id, picture name] (docs/img/report-<name>.png). */
const shots: [string, [string, string][]][] = [
  ['results/china-2020/seed-1/report.html', [['indices', 'indices'], ['map', 'map'], ['beta', 'beta']]],
  ['results/compare-docs/report.html', [['summary', 'summary'], ['chart-outcome-gini-households', 'comparison']]],
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
    for (const [id, name] of sections) {
      const target = await page.$(`#${id}`);
      if (!target) { console.log(`no section #${id} in ${file}`); continue; }
      const out = `docs/img/report-${name}.png`;
      await target.screenshot({ path: out });
      console.log(out);
    }
  }
} finally {
  await browser.close();
}
