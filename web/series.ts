// What the page plots: national indices over time and the region outcome that colours the map.
import type { NationalColumn, RegionRow } from '../src/engine/index.ts';
import type { Format } from './format.ts';

export const CHARTS: { column: NationalColumn; title: string; format: Format }[] = [
  { column: 'gdp_per_capita', title: 'GDP per person (yuan)', format: 'money' },
  { column: 'cv_gdp_pc_weighted', title: 'Regional gap (CV of GDP/person)', format: 'index' },
  { column: 'theil', title: 'Theil index (regions)', format: 'index' },
  { column: 'gini_households', title: 'Household income Gini', format: 'index' },
  // Living standards: disposable income plus public services per person (docs/outputs.md).
  { column: 'cv_living_standard', title: 'Living-standard gap (CV)', format: 'index' },
  { column: 'urban_rural_ratio', title: 'Urban / rural income', format: 'index' },
  { column: 'transfers', title: 'Transfers to regions (yuan)', format: 'money' },
  { column: 'migrant_share', title: 'Living outside hukou region', format: 'share' },
  { column: 'poverty_rate', title: 'Poverty rate', format: 'share' },
];

export const MAP_COLUMNS: { column: keyof RegionRow; label: string; format: Format }[] = [
  { column: 'gdp_per_capita', label: 'GDP per person', format: 'money' },
  { column: 'disposable_income_pc', label: 'Disposable income per person', format: 'money' },
  { column: 'wage', label: 'Urban wage', format: 'money' },
  { column: 'urban_share', label: 'Urban share', format: 'share' },
  { column: 'unemployment_rate', label: 'Unemployment rate', format: 'share' },
  { column: 'transfers', label: 'Transfers received', format: 'money' },
  { column: 'net_migration', label: 'Net migration (persons)', format: 'money' },
  { column: 'capital', label: 'Capital', format: 'money' },
];
