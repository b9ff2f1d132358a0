// A long run through the CLI, as a user starts it: two-regions, 1,000 agents, TFP growth
// off (the horizon, docs/scenarios.md, refuses 100,000 steps at 2% growth), report included.
// Prints wall time, peak resident memory of the CLI process and the firm count at the end
// (issue 10 asks for under 300 MB). The child reports its own peak RSS when it exits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../bin/factorflow.js', import.meta.url));
const REPORT_RSS = 'process.on("exit", () => process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\\n`));';

export function benchLongRun(steps: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'factorflow-long-run-'));
  try {
    const hook = join(dir, 'rss.mjs');
    writeFileSync(hook, REPORT_RSS);
    const out = join(dir, 'run');
    const args = ['--import', hook, CLI, 'run', 'two-regions', '--steps', String(steps), '--quiet', '--out', out,
      '--set', 'params.laborAgents=1000', '--set', 'params.tfpGrowth=0', '--set', 'policy.ruralTfpGrowth=0'];
    const started = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (child.status !== 0) return `long run failed (exit ${child.status}): ${child.stderr.trim().split('\n').pop()}`;
    const rssKb = Number(/maxrss-kb (\d+)/.exec(child.stderr)?.[1] ?? NaN);
    const national = readFileSync(join(out, 'national.csv'), 'utf8').trimEnd().split('\n');
    const header = national[0].split(',');
    const last = national[national.length - 1].split(',');
    const firms = last[header.indexOf('firms')];
    const gdp = Number(last[header.indexOf('gdp_per_capita')]);
    const mb = (f: string) => (statSync(join(out, f)).size / 2 ** 20).toFixed(1);
    return [
      `two-regions, 1,000 agents, no TFP growth, ${steps.toLocaleString('en')} steps, with report: ${seconds.toFixed(1)} s,`,
      `peak RSS ${(rssKb / 1024).toFixed(0)} MB; at the last step ${firms} firms, GDP per person ${gdp.toFixed(3)};`,
      `national.csv ${mb('national.csv')} MB, regions.csv ${mb('regions.csv')} MB, report.html ${mb('report.html')} MB`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
