// Steps as calendar years where the scenario has a base year (step t is baseYear + t).
import type { Scenario } from '../src/scenario/index.ts';

/** The year of a step: "2027" with a base year, "year 7" without. */
export function yearOf(scenario: Pick<Scenario, 'baseYear'>, step: number): string {
  return scenario.baseYear === undefined ? `year ${step}` : String(scenario.baseYear + step);
}

/** A short label for axes: "2027" or "7". */
export function yearTick(scenario: Pick<Scenario, 'baseYear'>, step: number): string {
  return String((scenario.baseYear ?? 0) + step);
}

/** The headline of the page: "2027 · year 7 of 20", or "Year 7 of 20" without a base year. */
export function yearHeadline(scenario: Pick<Scenario, 'baseYear' | 'steps'>, step: number): string {
  const counted = `year ${step} of ${scenario.steps}`;
  return scenario.baseYear === undefined ? `Y${counted.slice(1)}` : `${scenario.baseYear + step} · ${counted}`;
}
