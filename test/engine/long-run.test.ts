// Long runs stay finite and stationary where nothing grows (issue 10): with no TFP growth
// two-regions used to explode after a few hundred years, because diffusion pulled regions
// up to a neighbour's TFP inflated by its public capital per person (a ratchet), and the
// firm count grew without bound (plants and survivors never left). Horizons of thousands of
// steps and several seeds, since a short run hid both.
import { describe, expect, it } from 'vitest';
import { observations } from '../../src/engine/index.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

const NO_GROWTH = ['params.tfpGrowth=0', 'policy.ruralTfpGrowth=0'];

interface Track { firms: number[]; gdpPc: number[]; maxKnowledge: number }

function track(name: string, overrides: string[]): Track {
  const { scenario } = loadScenarioFile(name, overrides);
  const out: Track = { firms: [], gdpPc: [], maxKnowledge: 0 };
  for (const { model, observation } of observations(scenario)) {
    out.firms.push(model.firms.count);
    out.gdpPc.push(observation.national.gdp_per_capita);
    const { tfp, publicProductivity } = model.regions;
    for (let r = 0; r < tfp.length; r++) out.maxKnowledge = Math.max(out.maxKnowledge, tfp[r] / publicProductivity[r]);
  }
  return out;
}

const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);

describe('two-regions without TFP growth, 3,000 years (seeds 1–2)', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: technology never passes the best start, firms and output level off`, () => {
      const t = track('two-regions', [...NO_GROWTH, `seed=${seed}`, 'steps=3000', 'params.laborAgents=1000']);
      // Both regions start at TFP 1: diffusion can only close gaps, so knowledge stays at 1.
      expect(t.maxKnowledge).toBeLessThanOrEqual(1 + 1e-12);
      // Before: 40 firms at step 0, 6,176 at step 3,000, still rising 2 a year.
      expect(max(t.firms.slice(2000))).toBeLessThanOrEqual(1.25 * max(t.firms.slice(1000, 2000)));
      expect(max(t.firms)).toBeLessThan(1000);
      // Selection of firms still raises output slowly (docs/model.md): +15% in 2,000 years at most.
      expect(t.gdpPc[3000] / t.gdpPc[1000]).toBeLessThan(1.15);
      expect(t.gdpPc.every(Number.isFinite)).toBe(true);
    });
  }
});

describe('identical-regions at 2% TFP growth, 300 years (seeds 1–2)', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: the firm count levels off while GDP grows ×10,000`, () => {
      // Before: 160 firms at step 0, 127,006 at step 200, 5.7 million at step 300.
      const t = track('identical-regions', [`seed=${seed}`, 'steps=300', 'params.laborAgents=2000']);
      expect(t.gdpPc[300] / t.gdpPc[0]).toBeGreaterThan(1e4);
      expect(t.firms[300]).toBeLessThanOrEqual(1.2 * t.firms[200]);
      expect(max(t.firms)).toBeLessThan(2000);
    });
  }
});
