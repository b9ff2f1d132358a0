// What experiments aggregate: every national outcome at every step, and the run-level
// figures of summary.json (β-convergence and σ change).
import { NATIONAL_COLUMNS, type NationalColumn, type RunSummary } from '../../engine/index.ts';

/** The national outcomes, in the column order of national.csv (without `step`). */
export const OUTCOMES = NATIONAL_COLUMNS.filter((c) => c !== 'step') as Exclude<NationalColumn, 'step'>[];
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes a comparison prints by default (all of OUTCOMES go to comparison.csv). */
export const MAIN_OUTCOMES: Outcome[] = [
  'gdp_per_capita', 'sd_log_gdp_pc', 'theil', 'gini_regions', 'gini_households',
  'urban_rural_ratio', 'poverty_rate', 'migrant_share', 'cv_living_standard', 'theil_fixed_weights',
];

/** The run-level figures of a replications summary.json (docs/outputs.md). */
export const RUN_FIGURES = ['beta', 'se', 'r2', 'speed', 'halfLife', 'sigma_start', 'sigma_end', 'sigma_change'] as const;
export type RunFigure = (typeof RUN_FIGURES)[number];

export function runFigures(summary: Pick<RunSummary, 'beta' | 'sigma'>): Record<RunFigure, number> {
  const { beta, sigma } = summary;
  return {
    beta: beta.beta, se: beta.se, r2: beta.r2, speed: beta.speed, halfLife: beta.halfLife,
    sigma_start: sigma.start, sigma_end: sigma.end, sigma_change: sigma.change,
  };
}
