// Every lever moves its outcome in the expected direction. Runs are paired: the same seed,
// so the difference is the lever's and not the noise's.
import { describe, expect, it } from 'vitest';
import { createModel, simulate, start, step, type Model } from '../../src/engine/index.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';
import { scenario } from './helpers.ts';

const china = (overrides: string[]) =>
  simulate(loadScenarioFile('china-2020', ['params.laborAgents=5000', 'steps=10', ...overrides]).scenario);
const last = (overrides: string[]) => china(overrides).national.at(-1)!;

describe('policy levers', () => {
  it('more transfers → less inequality of disposable income (where local budgets bind)', () => {
    // A floor of 40% of mean income and a 3% local tax: poor provinces cannot pay the floor alone.
    const binding = ['policy.floor=0.4', 'policy.localTax=0.03'];
    const none = last([...binding, 'policy.transfers.rate=0']);
    const full = last([...binding, 'policy.transfers.rate=1']);
    expect(full.gini_households).toBeLessThan(none.gini_households - 0.005);
    expect(full.poverty_rate).toBeLessThanOrEqual(none.poverty_rate);
  });

  it('equalization transfers equalise public services per person across regions', () => {
    const cvOf = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length) / m;
    };
    const services = (rate: number) => cvOf(china([`policy.transfers.rate=${rate}`]).regions
      .filter((r) => r.step === 10).map((r) => r.public_services_pc));
    expect(services(1)).toBeLessThan(services(0));
  });

  it('a lower hukou penalty → more people living outside their hukou region', () => {
    expect(last(['policy.hukouPenalty=0']).migrant_share).toBeGreaterThan(2 * last(['policy.hukouPenalty=2']).migrant_share);
  });

  it('a higher income floor → less poverty', () => {
    expect(last(['policy.floor=0.3']).poverty_rate).toBeLessThan(last(['policy.floor=0']).poverty_rate);
  });

  it('rural revitalisation → a lower urban-rural income ratio', () => {
    expect(last(['policy.ruralTfpGrowth=0.05']).urban_rural_ratio).toBeLessThan(last(['policy.ruralTfpGrowth=0']).urban_rural_ratio);
  });

  it('a relocation subsidy for the west → more capital in the west', () => {
    const westCapital = (overrides: string[]) => china(overrides).regions
      .filter((r) => r.step === 10 && r.group === 'west').reduce((s, r) => s + r.capital, 0);
    const subsidy = ['policy.relocationSubsidy.rate=0.03', 'policy.relocationSubsidy.groups=["west"]'];
    expect(westCapital(subsidy)).toBeGreaterThan(westCapital([]) * 1.02);
  });
});

describe('infrastructure: a new link', () => {
  // A chain A–B–C with long links; at step 2 a short link A–C is built.
  const regions = ['A', 'B', 'C'].map((id, i) => ({
    id, name: id, group: 'g', population: 1e6, urbanShare: 0.6, tfp: i === 2 ? 1.5 : 1,
  }));
  const links = [{ from: 'A', to: 'B', cost: 1500 }, { from: 'B', to: 'C', cost: 1500 }];
  const params = { laborAgents: 6000, distanceCost: 0.001 };
  const withLink = scenario({
    regions, links, params, steps: 12, schedule: [{ step: 2, addLink: { from: 'A', to: 'C', cost: 200 } }],
  });
  const without = scenario({ regions, links, params, steps: 12 });

  const runModel = (s: typeof without): Model => {
    const m = createModel(s);
    start(m);
    while (m.step < s.steps) step(m);
    return m;
  };
  /** People registered in A who now live in C. */
  const flowAtoC = (m: Model) => {
    let count = 0;
    for (let i = 0; i < m.labor.count; i++) if (m.labor.hukou[i] === 0 && m.labor.region[i] === 2) count++;
    return count;
  };

  it('lowers the travel cost between its ends', () => {
    const a = runModel(withLink);
    const b = runModel(without);
    expect(b.distance[0 * 3 + 2]).toBe(3000);
    expect(a.distance[0 * 3 + 2]).toBe(200);
  });

  it('carries more migration along it', () => {
    expect(flowAtoC(runModel(withLink))).toBeGreaterThan(2 * flowAtoC(runModel(without)) + 5);
  });
});
