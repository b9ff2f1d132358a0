// Every bundled scenario runs (a smoke run of a few steps with few agents).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { bundledNames, loadScenarioFile } from '../../src/io/scenario-files.ts';

describe('bundled scenarios', () => {
  for (const name of bundledNames()) {
    it(`${name} runs`, () => {
      const { scenario } = loadScenarioFile(name, ['params.laborAgents=2000', 'steps=6']);
      const result = simulate(scenario);
      expect(result.national).toHaveLength(7);
      for (const row of result.national) expect(Number.isFinite(row.gdp_per_capita)).toBe(true);
    });
  }
});
