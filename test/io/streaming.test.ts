// Issue 10, item 8: a run streams its rows to disk as it goes, so memory does not grow with
// the number of steps; the streamed files are byte for byte those of the in-memory path.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { runFiles } from '../../src/io/run-files.ts';
import { RUN_STEP_FILES, streamRun } from '../../src/io/run-stream.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

describe('streamed runs', () => {
  it('write the same bytes as the committed reference run and as runFiles', async () => {
    const { scenario } = loadScenarioFile('two-regions', ['steps=20']);
    const out = join(mkdtempSync(join(tmpdir(), 'ff-stream-')), 'run');
    const summary = await streamRun(out, scenario);
    const inMemory = runFiles(simulate(scenario), scenario);
    for (const name of Object.keys(inMemory)) {
      const streamed = readFileSync(join(out, name), 'utf8');
      expect(streamed, name).toBe(inMemory[name]);
      expect(streamed, name).toBe(readFileSync(join('results/reference/two-regions-seed-1', name), 'utf8'));
    }
    expect(summary.last.step).toBe(20);
    expect(readdirSync(out).sort()).toEqual(['flows.csv', 'manifest.json', 'national.csv', 'origins.csv', 'regions.csv', 'scenario.json', 'summary.json']);
  });

  it('hold no rows: the heap does not grow with the steps of a long run', async () => {
    // 31 regions: keeping the rows would take about 30 kB a step, 75 MB over 2,500 steps.
    const { scenario } = loadScenarioFile('china-2020', ['steps=3000', 'params.laborAgents=200', 'params.firmsPerRegion=2', 'params.investorsPerRegion=1']);
    const out = join(mkdtempSync(join(tmpdir(), 'ff-stream-')), 'run');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap: number[] = [];
    const measure = () => {
      gc();
      heap.push(process.memoryUsage().heapUsed);
    };
    await streamRun(out, scenario, { onStep: (m) => { if (m.step === 500 || m.step === 3000) measure(); } });
    expect(heap).toHaveLength(2);
    expect(heap[1] - heap[0]).toBeLessThan(10 * 2 ** 20);
    const lines = readFileSync(join(out, 'regions.csv'), 'utf8').split('\n').length;
    expect(lines).toBe(1 + 3001 * 31 + 1);
  }, 240_000);

  it('take their per-step files from a list that other files can join', () => {
    expect(RUN_STEP_FILES.map((f) => f.file)).toEqual(['national.csv', 'regions.csv', 'flows.csv', 'origins.csv']);
  });
});
