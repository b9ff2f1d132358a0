// A committed run reproduces byte for byte: same scenario and seed, same files, on any
// machine (results/reference/README.md says how to regenerate it after a deliberate change).
// Both ways of writing a run are checked: in memory (simulate + runFiles) and streamed step
// by step (streamRun, what `factorflow run` and experiment tasks use).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { runFiles } from '../../src/io/run-files.ts';
import { streamRun } from '../../src/io/run-stream.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

const REFERENCE = 'results/reference/two-regions-seed-1';
const committed = readdirSync(REFERENCE).sort();

describe('the committed reference run', () => {
  const { scenario } = loadScenarioFile('two-regions', ['steps=20']);
  const files = runFiles(simulate(scenario), scenario);

  it('has every file a run writes except manifest.json (wall time)', () => {
    expect(Object.keys(files).sort()).toEqual(committed);
  });

  for (const name of Object.keys(files)) {
    it(`reproduces ${name} byte for byte`, () => {
      expect(files[name]).toBe(readFileSync(join(REFERENCE, name), 'utf8'));
    });
  }
});

describe('the committed reference run, streamed', () => {
  let root: string;
  let out: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ff-reference-'));
    out = join(root, 'two-regions-seed-1');
    const { scenario } = loadScenarioFile('two-regions', ['steps=20']);
    await streamRun(out, scenario);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the same files plus manifest.json', () => {
    expect(readdirSync(out).sort()).toEqual([...committed, 'manifest.json'].sort());
  });

  it.each(committed)('reproduces %s byte for byte', (name) => {
    expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(REFERENCE, name), 'utf8'));
  });
});
