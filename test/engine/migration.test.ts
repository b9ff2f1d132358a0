// Migration choices: sampling candidate destinations approximates the full logit.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

const migrants = (candidates: number) => simulate(loadScenarioFile('china-2020', [
  'params.laborAgents=20000', 'steps=6', 'policy.hukouPenalty=0.3', `params.candidates=${candidates}`,
]).scenario).national.at(-1)!.migrant_share;

describe('sampled candidates (params.candidates)', () => {
  it('moves about as many people as the full logit over all 62 options', () => {
    const full = migrants(0);
    expect(full).toBeGreaterThan(0.01);
    // Without the inclusion-probability correction staying would be favoured 7-fold here.
    expect(Math.abs(migrants(8) / full - 1)).toBeLessThan(0.15);
  });
});
