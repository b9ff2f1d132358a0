// The outputs issue 9 added agree with the rest of the run: flows with net migration,
// origins with the population, living standards with incomes and services.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

const { scenario } = loadScenarioFile('china-2020', ['params.laborAgents=4000', 'steps=6']);
const run = simulate(scenario);

describe('flows.csv', () => {
  it('sums to every region\'s net migration, step by step', () => {
    for (const row of run.regions.filter((r) => r.step > 0)) {
      const flows = run.flows.filter((f) => f.step === row.step);
      const inflow = flows.filter((f) => f.to === row.region).reduce((s, f) => s + f.persons, 0);
      const outflow = flows.filter((f) => f.from === row.region).reduce((s, f) => s + f.persons, 0);
      expect(inflow - outflow).toBeCloseTo(row.net_migration, 3);
    }
    expect(run.flows.length).toBeGreaterThan(0);
    expect(run.flows.every((f) => f.persons > 0 && f.from !== f.to && f.step > 0)).toBe(true);
  });
});

describe('origins.csv', () => {
  it('counts everyone once per step, by the group of their step-0 hukou region', () => {
    for (const n of run.national) {
      const rows = run.origins.filter((o) => o.step === n.step);
      expect(rows.map((o) => o.origin_group)).toEqual(['east', 'central', 'west', 'northeast'].filter((g) => rows.some((o) => o.origin_group === g)));
      expect(rows.reduce((s, o) => s + o.persons, 0)).toBeCloseTo(n.population, 0);
      expect(rows.every((o) => o.mean_disposable_income > 0)).toBe(true);
    }
  });
});

describe('living standards', () => {
  it('are disposable income plus public services per person, deflated by the cost of living', () => {
    let congested = 0;
    for (const row of run.regions) {
      if (row.cost_of_living !== 1) congested++;
      expect(row.real_income_pc).toBeCloseTo(row.disposable_income_pc / row.cost_of_living, 6);
      expect(row.living_standard_pc * row.cost_of_living).toBeCloseTo(row.disposable_income_pc + row.public_services_pc, 4);
      expect(row.consumption_pc).toBeLessThan(row.disposable_income_pc);
      expect(row.consumption_pc).toBeGreaterThan(0.5 * row.disposable_income_pc);
    }
    expect(congested).toBeGreaterThan(0); // people moved, so the deflator is not trivially 1
    for (const n of run.national) {
      expect(n.cv_living_standard).toBeGreaterThan(0);
      expect(n.gini_living_standard).toBeGreaterThan(0);
      expect(n.theil_living_standard).toBeGreaterThan(0);
    }
  });

  it('fixed-weight indices equal the population-weighted ones at step 0', () => {
    const first = run.national[0];
    expect(first.theil_fixed_weights).toBeCloseTo(first.theil, 12);
    expect(first.cv_gdp_pc_fixed_weights).toBeCloseTo(first.cv_gdp_pc_weighted, 12);
  });

  it('transfer channels add up to the transfers paid', () => {
    for (const n of run.national) {
      const services = run.regions.filter((r) => r.step === n.step).reduce((s, r) => s + r.transfers, 0) - n.household_transfers - n.public_investment;
      expect(n.household_transfers / n.transfers).toBeCloseTo(0.1, 9);
      expect(n.public_investment / n.transfers).toBeCloseTo(0.1, 9);
      expect(services / n.transfers).toBeCloseTo(0.8, 9);
    }
  });

  it('firm counters agree with the firm count', () => {
    for (let k = 1; k < run.national.length; k++) {
      const n = run.national[k];
      // A relocated plant becomes a firm of its own in its new region (relocation.ts).
      expect(n.firms).toBe(run.national[k - 1].firms + n.firm_entries - n.firm_exits + n.relocations);
      expect(n.unemployment_rate).toBeGreaterThanOrEqual(0);
      expect(n.unemployment_rate).toBeLessThan(1);
    }
  });
});
