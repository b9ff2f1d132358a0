// Reports of long runs (issue 10): the files are read in batches and thinned to at most
// REPORT_MAX_STEPS steps, so a 100,000-step run's report neither holds its 100 MB of rows in
// memory nor embeds them in the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/index.ts';
import { readCsv, readCsvSteps } from '../../src/report/files.ts';
import { readRunFolder, REPORT_MAX_STEPS, reportStride } from '../../src/report/kinds/run-folder.ts';
import { writeRunFolder } from './fixtures/make-fixtures.ts';
import { tempDir } from './helpers.ts';

const LONG = 4500;

/** The fixture's 10-step files stretched to `steps` steps (rows of step t % 11 renumbered). */
function longRunFolder(steps: number): string {
  const dir = writeRunFolder(tempDir());
  for (const file of ['national.csv', 'regions.csv']) {
    const [header, ...rows] = readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
    const byStep = (t: number) => rows.filter((r) => r.startsWith(`${t},`));
    const out = [header];
    for (let t = 0; t <= steps; t++) for (const r of byStep(t % 11)) out.push(`${t}${r.slice(r.indexOf(','))}`);
    writeFileSync(join(dir, file), `${out.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'flows.csv'), `step,from,to,persons\n${Array.from({ length: steps }, (_, t) => `${t + 1},A,B,${t % 7}`).join('\n')}\n`);
  const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'));
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify({ ...scenario, steps }));
  return dir;
}

describe('a long run in a report', () => {
  it('draws one step in k (k = ⌈steps / 2,000⌉) and the last, and says so', async () => {
    expect(reportStride(REPORT_MAX_STEPS)).toBe(1);
    expect(reportStride(LONG)).toBe(3);
    const dir = longRunFolder(LONG);
    const run = readRunFolder(dir);
    const steps = run.national.map((r) => r.step as number);
    expect(steps.length).toBe(LONG / 3 + 1);
    expect(steps.every((s) => s % 3 === 0)).toBe(true);
    expect(steps[steps.length - 1]).toBe(LONG);
    expect(new Set(run.regions.map((r) => r.step)).size).toBe(LONG / 3 + 1);
    // Flows are summed over every step, not only the drawn ones.
    const all = readCsv(join(dir, 'flows.csv')).rows.reduce((s, r) => s + (r.persons as number), 0);
    expect(run.flows.reduce((s, c) => s + c.persons, 0)).toBe(all);
    const html = readFileSync(await buildReport(dir), 'utf8');
    expect(html).toContain('the charts show one step in 3 (and the last)');
  });

  it('keeps every step of a run of 2,000 steps or fewer', () => {
    const run = readRunFolder(longRunFolder(REPORT_MAX_STEPS));
    expect(run.stride).toBe(1);
    expect(run.national.length).toBe(REPORT_MAX_STEPS + 1);
  });
});

describe('readCsvSteps', () => {
  it('reads a file larger than its 64 kB chunks like readCsv, quoted newlines and commas included', () => {
    const dir = tempDir();
    const file = join(dir, 'rows.csv');
    const rows = Array.from({ length: 8000 }, (_, t) => `${t},"name ${t}, with a comma${t % 97 === 0 ? '\nand a newline' : ''}",${t * 0.5}`);
    writeFileSync(file, `step,region,value\n${rows.join('\n')}\n`);
    expect(readFileSync(file).length).toBeGreaterThan(3 * 65536);
    expect(readCsvSteps(file, ['step'], () => true).rows).toEqual(readCsv(file).rows);
    const even = readCsvSteps(file, ['step'], (s) => s % 2 === 0).rows;
    expect(even).toEqual(readCsv(file).rows.filter((r) => (r.step as number) % 2 === 0));
  });

  it('names the file of a missing column', () => {
    const file = join(tempDir(), 'bad.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    expect(() => readCsvSteps(file, ['step'], () => true)).toThrow(/bad\.csv: missing column "step"/);
  });
});
