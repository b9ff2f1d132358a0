// Human names of the outcome columns (docs/outputs.md), for legends, titles and tables.

const LABELS: Record<string, string> = {
  population: 'Population',
  gdp: 'GDP',
  gdp_per_capita: 'GDP per person',
  cv_gdp_pc: 'CV of GDP per person',
  cv_gdp_pc_weighted: 'CV of GDP per person (population-weighted)',
  sd_log_gdp_pc: 'SD of log GDP per person (σ)',
  theil: 'Theil T',
  theil_between: 'Theil T, between groups',
  theil_within: 'Theil T, within groups',
  gini_regions: 'Gini across regions (population-weighted)',
  gini_households: 'Gini of household income',
  urban_rural_ratio: 'Urban-rural income ratio',
  poverty_rate: 'Poverty rate',
  migrant_share: 'Share living outside hukou region',
  capital: 'Capital',
  investment: 'Investment',
  firms: 'Firms',
  central_revenue: 'Central revenue',
  transfers: 'Transfers paid',
  net_migration: 'Net migration',
  beta: 'β (convergence coefficient)',
  se: 'Standard error of β',
  r2: 'R² of the β regression',
  speed: 'Implied speed of convergence λ',
  halfLife: 'Half-life (years)',
  sigma_start: 'σ at the start',
  sigma_end: 'σ at the end',
  sigma_change: 'Change in σ',
};

/** The label of an outcome column; unknown names are shown as they are. */
export function outcomeLabel(name: string): string {
  return LABELS[name] ?? name;
}
