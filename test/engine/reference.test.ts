// A committed run reproduces byte for byte: same scenario and seed, same files, on any
// machine (results/reference/README.md says how to regenerate it after a deliberate change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { runFiles } from '../../src/io/run-files.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

const REFERENCE = 'results/reference/two-regions-seed-1';

describe('the committed reference run', () => {
  const { scenario } = loadScenarioFile('two-regions', ['steps=20']);
  const files = runFiles(simulate(scenario), scenario);
  for (const name of Object.keys(files)) {
    it(`reproduces ${name} byte for byte`, () => {
      expect(files[name]).toBe(readFileSync(join(REFERENCE, name), 'utf8'));
    });
  }
});
