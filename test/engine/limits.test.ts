// The limits of MODEL.md, each as a real run.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import type { RegionRow } from '../../src/engine/index.ts';
import { CLOSED, scenario } from './helpers.ts';

describe('closed regions converge to the Solow steady state', () => {
  // k* = (s·A/δ)^(1/(1−α)) per efficiency worker (MODEL.md, "Limits"); all urban, no taxes,
  // one firm of productivity 1 per region, so Y_t = A·K_{t−1}^α·S^(1−α).
  const alpha = 0.4, delta = 0.1, saving = 0.3;
  const regions = [
    { id: 'A', name: 'A', group: 'g', population: 1e6, urbanShare: 1, tfp: 1, capitalPerWorker: 0.5 },
    { id: 'B', name: 'B', group: 'g', population: 1e6, urbanShare: 1, tfp: 2, capitalPerWorker: 20 },
    { id: 'C', name: 'C', group: 'g', population: 1e6, urbanShare: 1, tfp: 1.5, capitalPerWorker: 3 },
  ];
  const run = simulate(scenario({
    regions, steps: 150, params: { ...CLOSED.params, alpha, delta, saving, laborAgents: 3000 }, policy: CLOSED.policy,
  }));
  const kStar = (A: number) => ((saving * A) / delta) ** (1 / (1 - alpha));
  /** Capital per efficiency unit at the end of step t, S recovered from Y_t and K_{t−1}. */
  const k = (series: RegionRow[], t: number) => {
    const A = series[t].tfp;
    const S = (series[t].gdp / (A * series[t - 1].capital ** alpha)) ** (1 / (1 - alpha));
    return series[t].capital / S;
  };
  const seriesOf = (id: string) => run.regions.filter((x) => x.region === id);

  it('capital per efficiency worker reaches k* from below and from above', () => {
    for (const r of regions) expect(k(seriesOf(r.id), 150) / kStar(r.tfp)).toBeCloseTo(1, 3);
    expect(k(seriesOf('A'), 1)).toBeLessThan(kStar(1));
    expect(k(seriesOf('B'), 1)).toBeGreaterThan(kStar(2));
  });

  it('the log gap to k* shrinks at the rate (1−α)δ near the steady state', () => {
    const s = seriesOf('B');
    const gap = (t: number) => Math.log(k(s, t) / kStar(2));
    const rate = Math.log(gap(30) / gap(50)) / 20;
    // Discrete time gives −ln(1 − (1−α)δ) = 0.0619 for the continuous (1−α)δ = 0.06.
    expect(rate).toBeCloseTo((1 - alpha) * delta, 2);
  });
});
