// Runs a scenario from step 0 to its last step and collects the outcomes of every step.
import { betaConvergence, sigmaChange } from '../metrics/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { createModel } from './init.ts';
import { householdStats, recordNational, recordRegions, stepStats } from './record.ts';
import { recordFlows, recordOrigins } from './record-people.ts';
import type { FlowRow, NationalRow, OriginRow, RegionRow, RunResult, RunSummary } from './result.ts';
import type { Model } from './state.ts';
import { start, step } from './step.ts';

export interface Observation {
  national: NationalRow;
  regions: RegionRow[];
  flows: FlowRow[];
  origins: OriginRow[];
}

export interface SimulateOptions {
  /** Called after every recorded step (0..steps), e.g. for a progress bar. */
  onStep?: (model: Model, observation: Observation) => void;
}

/** The outcomes of the model's current step (phase 11). */
export function observe(model: Model): Observation {
  const h = stepStats(model, model.households ?? householdStats(model));
  const regions = recordRegions(model, h);
  return { national: recordNational(model, regions, h), regions, flows: recordFlows(model), origins: recordOrigins(model) };
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): RunResult {
  const model = createModel(scenario);
  start(model);
  const national: NationalRow[] = [];
  const regions: RegionRow[] = [];
  const flows: FlowRow[] = [];
  const origins: OriginRow[] = [];
  const keep = (): void => {
    const obs = observe(model);
    national.push(obs.national);
    regions.push(...obs.regions);
    flows.push(...obs.flows);
    origins.push(...obs.origins);
    options.onStep?.(model, obs);
  };
  keep();
  while (model.step < scenario.steps) {
    step(model);
    keep();
  }
  return { national, regions, flows, origins, summary: summarize(scenario, national, regions, model.national.warnings) };
}

/** β-convergence and σ change of GDP per person between the first and last steps. */
export function summarize(
  scenario: Scenario, national: NationalRow[], regions: RegionRow[], warnings: readonly string[] = [],
): RunSummary {
  const first = national[0];
  const last = national[national.length - 1];
  const at = (s: number) => regions.filter((row) => row.step === s);
  const start = at(first.step);
  const end = at(last.step);
  // Regions present with positive GDP per person at both ends.
  const both = start.map((row, i) => [row, end[i]] as const)
    .filter(([a, b]) => a.gdp_per_capita > 0 && b.gdp_per_capita > 0);
  const initial = both.map(([a]) => a.gdp_per_capita);
  const final = both.map(([, b]) => b.gdp_per_capita);
  const years = last.step - first.step;
  const beta = years > 0 && both.length >= 3
    ? betaConvergence(initial, final, years)
    : { beta: NaN, se: NaN, r2: NaN, speed: NaN, halfLife: NaN, n: both.length, years };
  return {
    scenario: scenario.name, seed: scenario.seed, steps: scenario.steps,
    beta, sigma: sigmaChange(initial, final), first, last, warnings: [...warnings],
  };
}
