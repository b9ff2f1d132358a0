// The limits of MODEL.md, each as a real run.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import type { RegionRow } from '../../src/engine/index.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';
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

describe('free mobility equalises urban wages per efficiency unit', () => {
  // No costs of moving, large β_m, equal amenities and services (no taxes, no services
  // weight), no congestion, very different TFP; capital fixed (no saving, δ ≈ 0) so only
  // people move.
  // A share m reviews each year and all see the same wages, so flows overshoot a little
  // (a cobweb); the wages averaged over the last 20 years are what equalise.
  const regions = [1, 1.6, 2.4].map((tfp, i) => ({
    id: `R${i}`, name: `R${i}`, group: 'g', population: 1e6, urbanShare: 1, tfp,
  }));
  const links = [{ from: 'R0', to: 'R1', cost: 100 }, { from: 'R1', to: 'R2', cost: 100 }];
  const steps = 100;
  const run = simulate(scenario({
    regions, links, steps,
    params: {
      ...CLOSED.params, laborAgents: 30000, migrationScale: 100, reviewRate: 0.05, distanceCost: 0,
      sectorSwitchCost: 0, publicServiceWeight: 0, saving: 0, delta: 0.001, congestion: 0,
    },
    policy: { ...CLOSED.policy, migrationCost: 0, hukouPenalty: 0 },
  }));
  const spread = (wages: number[]) => Math.max(...wages) / Math.min(...wages);
  const averageWage = (id: string) => {
    const rows = run.regions.filter((r) => r.region === id && r.step > steps - 20);
    return rows.reduce((s, r) => s + r.wage, 0) / rows.length;
  };

  it('starts far apart and ends within 6%', () => {
    expect(spread(run.regions.filter((r) => r.step === 0).map((r) => r.wage))).toBeGreaterThan(4);
    expect(spread(regions.map((r) => averageWage(r.id)))).toBeLessThan(1.06);
  });
});

describe('free mobility with congestion equalises wages deflated by the cost of living', () => {
  // As above, with congestion η = 0.5: migrants compare w_s / C_s, C_s = (P_s / P_s,0)^η.
  // The real wage falls faster with population than the nominal one (elasticity −α − η),
  // so the cobweb is wider: fewer reviewers a year (2%) and a longer run keep it narrow.
  const regions = [1, 1.6, 2.4].map((tfp, i) => ({
    id: `R${i}`, name: `R${i}`, group: 'g', population: 1e6, urbanShare: 1, tfp,
  }));
  const links = [{ from: 'R0', to: 'R1', cost: 100 }, { from: 'R1', to: 'R2', cost: 100 }];
  const steps = 150;
  const eta = 0.5;
  const run = simulate(scenario({
    regions, links, steps,
    params: {
      ...CLOSED.params, laborAgents: 20000, migrationScale: 100, reviewRate: 0.02, distanceCost: 0,
      sectorSwitchCost: 0, publicServiceWeight: 0, saving: 0, delta: 0.001, congestion: eta,
    },
    policy: { ...CLOSED.policy, migrationCost: 0, hukouPenalty: 0 },
  }));
  const average = (id: string, f: (row: RegionRow) => number) => {
    const rows = run.regions.filter((r) => r.region === id && r.step > steps - 40);
    return rows.reduce((s, r) => s + f(r), 0) / rows.length;
  };
  const start = (id: string) => run.regions.find((r) => r.region === id && r.step === 0)!.population;
  const spread = (xs: number[]) => Math.max(...xs) / Math.min(...xs);

  it('real wages end within 4%, nominal wages do not', () => {
    const real = regions.map((r) => average(r.id, (row) => row.wage / (row.population / start(r.id)) ** eta));
    const nominal = regions.map((r) => average(r.id, (row) => row.wage));
    expect(spread(real)).toBeLessThan(1.04);
    expect(spread(nominal)).toBeGreaterThan(1.3);
  });
});

describe('identical regions stay equal up to sampling noise', () => {
  const run = simulate(loadScenarioFile('identical-regions', ['steps=20']).scenario);
  it('keeps every inequality index near 0 at every step', () => {
    for (const row of run.national) {
      expect(row.cv_gdp_pc).toBeLessThan(0.06);
      expect(row.theil).toBeLessThan(0.002);
      expect(row.gini_regions).toBeLessThan(0.03);
    }
  });
});

describe('core-periphery (two-regions)', () => {
  // The bundled teaching scenario: agglomeration 0.6, 60 years.
  const share = (overrides: string[]) => {
    const run = simulate(loadScenarioFile('two-regions', overrides).scenario);
    const end = run.regions.filter((r) => r.step === 60);
    return Math.max(...end.map((r) => r.population)) / end.reduce((s, r) => s + r.population, 0);
  };
  it('breaks symmetry with strong agglomeration and low costs, whichever the seed', () => {
    for (const seed of [1, 2, 3]) expect(share([`seed=${seed}`])).toBeGreaterThan(0.8);
  });
  it('stays symmetric with high trade and migration costs', () => {
    expect(share(['policy.tradeBarrier=2000', 'policy.migrationCost=5'])).toBeLessThan(0.53);
  });
  it('stays symmetric with congestion at its default (housing costs rise in the growing region)', () => {
    for (const seed of [1, 2]) expect(share([`seed=${seed}`, 'params.congestion=2'])).toBeLessThan(0.53);
  });
});
