// Conservation laws of MODEL.md checked at every step of a real run of china-2020.
import { describe, expect, it } from 'vitest';
import { simulate, type Model } from '../../src/engine/index.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

const { scenario } = loadScenarioFile('china-2020', ['params.laborAgents=6000', 'steps=12']);

interface Snapshot {
  step: number;
  agentsByRegion: number[];
  capital: number;
  investment: number;
  exited: number;
  relocationLoss: number;
  transfers: number;
  centralRevenue: number;
  rate: number;
}

const snapshots: Snapshot[] = [];
const run = simulate(scenario, {
  onStep: (m: Model) => {
    const agents = new Array(m.regions.count).fill(0);
    for (let i = 0; i < m.labor.count; i++) agents[m.labor.region[i]]++;
    snapshots.push({
      step: m.step, agentsByRegion: agents,
      capital: m.regions.capital.reduce((s, k) => s + k, 0),
      investment: m.regions.investment.reduce((s, k) => s + k, 0),
      exited: m.national.exitedCapital, relocationLoss: m.national.relocationLoss,
      transfers: m.regions.transfers.reduce((s, t) => s + t, 0),
      centralRevenue: m.national.centralRevenue, rate: m.policy.transfers.rate,
    });
  },
});

describe('invariants at every step (china-2020, 6,000 agents, 12 steps)', () => {
  it('population is conserved exactly: the same agents, the same persons', () => {
    for (const s of snapshots) expect(s.agentsByRegion.reduce((a, b) => a + b, 0)).toBe(6000);
    const total = scenario.regions.reduce((s, r) => s + r.population, 0);
    for (const row of run.national) expect(row.population).toBeCloseTo(total, -1);
  });

  it('national capital follows K_t = (1−δ)K_{t−1} + I_t − exits − relocation losses', () => {
    const delta = scenario.params.delta;
    for (let t = 1; t < snapshots.length; t++) {
      const s = snapshots[t];
      const expected = (1 - delta) * snapshots[t - 1].capital + s.investment - s.exited - s.relocationLoss;
      expect(Math.abs(s.capital - expected) / s.capital).toBeLessThan(1e-9);
    }
    // Firms did exit and relocate in this run, so the identity was not tested on zeros.
    expect(snapshots.some((s) => s.exited > 0)).toBe(true);
  });

  it('Σ transfers = transfers.rate × central revenue exactly', () => {
    for (const s of snapshots) {
      expect(s.transfers).toBeGreaterThan(0);
      expect(Math.abs(s.transfers - s.rate * s.centralRevenue) / s.transfers).toBeLessThan(1e-12);
    }
  });

  it('nothing is NaN, infinite or negative (net migration aside)', () => {
    for (const row of [...run.national, ...run.regions]) {
      for (const [key, value] of Object.entries(row)) {
        if (typeof value === 'string') continue;
        expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
        if (key !== 'net_migration') expect(value, key).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('calibration of step 0', () => {
  const start = run.regions.filter((r) => r.step === 0);
  it('reproduces every province\'s GDP per person within 0.1%', () => {
    for (const region of scenario.regions) {
      const row = start.find((r) => r.region === region.id)!;
      expect(Math.abs(row.gdp_per_capita / region.gdpPerCapita! - 1)).toBeLessThan(0.001);
    }
  });

  it('starts near the national urban-rural income ratio of 2.56 (NBS 2020)', () => {
    // Calibrated on market income; taxes and floor top-ups move the disposable ratio a little.
    expect(run.national[0].urban_rural_ratio).toBeGreaterThan(2.56 * 0.97);
    expect(run.national[0].urban_rural_ratio).toBeLessThan(2.56 * 1.03);
  });
});
