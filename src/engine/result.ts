// What a run produces: one national row per step, one row per step and region, and
// the run-level summary. Column order here is the column order of the results files.
import type { BetaConvergence } from '../metrics/index.ts';

export type { BetaConvergence } from '../metrics/index.ts';

export const NATIONAL_COLUMNS = [
  'step', 'population', 'gdp', 'gdp_per_capita', 'cv_gdp_pc', 'cv_gdp_pc_weighted',
  'sd_log_gdp_pc', 'theil', 'theil_between', 'theil_within', 'gini_regions',
  'gini_households', 'urban_rural_ratio', 'poverty_rate', 'migrant_share', 'capital',
  'investment', 'firms', 'central_revenue', 'transfers',
  'cv_living_standard', 'theil_living_standard', 'gini_living_standard',
  'theil_fixed_weights', 'cv_gdp_pc_fixed_weights',
  'unemployment_rate', 'firm_entries', 'firm_exits', 'relocations', 'capital_relocated',
  'subsidy_owed', 'subsidy_paid', 'household_transfers', 'public_investment', 'national_services_pc',
] as const;

/** National columns added with transfer channels (issue 9): older results folders lack them. */
export const NATIONAL_COLUMNS_SINCE_CHANNELS: readonly NationalColumn[] = NATIONAL_COLUMNS.slice(NATIONAL_COLUMNS.indexOf('cv_living_standard'));

export const REGION_COLUMNS = [
  'step', 'region', 'group', 'population', 'urban_share', 'employment', 'unemployment_rate',
  'gdp', 'gdp_per_capita', 'wage', 'rural_income_pc', 'disposable_income_pc', 'capital',
  'investment', 'firms', 'public_services_pc', 'transfers', 'poverty_rate', 'net_migration',
  'tfp', 'market_access',
  'living_standard_pc', 'consumption_pc', 'real_income_pc', 'cost_of_living',
  'firm_entries', 'firm_exits', 'relocations_in', 'relocations_out', 'top_firm_capital_share',
  'household_transfers', 'public_investment', 'public_capital',
] as const;

export const FLOW_COLUMNS = ['step', 'from', 'to', 'persons'] as const;
export const ORIGIN_COLUMNS = ['step', 'origin_group', 'persons', 'mean_disposable_income'] as const;

/** One non-zero migration flow of a step: persons who moved from one region to another. */
export interface FlowRow {
  step: number;
  from: string;
  to: string;
  persons: number;
}

/** People by the group of their step-0 hukou region, wherever they live now. */
export interface OriginRow {
  step: number;
  origin_group: string;
  persons: number;
  mean_disposable_income: number;
}

export type NationalColumn = (typeof NATIONAL_COLUMNS)[number];
export type RegionColumn = (typeof REGION_COLUMNS)[number];

export type NationalRow = Record<NationalColumn, number>;
export type RegionRow = Record<Exclude<RegionColumn, 'region' | 'group'>, number> & {
  region: string;
  group: string;
};

export interface RunSummary {
  scenario: string;
  seed: number;
  steps: number;
  beta: BetaConvergence;
  sigma: { start: number; end: number; change: number };
  first: NationalRow;
  last: NationalRow;
  /** Warnings raised during the run, each at most once (e.g. a scaled-down subsidy). */
  warnings: string[];
}

export interface RunResult {
  national: NationalRow[];
  regions: RegionRow[];
  flows: FlowRow[];
  origins: OriginRow[];
  summary: RunSummary;
}
