// What the page plots: national indices over time and the region outcome that colours the map.
// Labels, units and definitions come from src/metrics/catalogue.ts, as in the CLI and the
// reports. A chart is one entry of CHARTS: add an entry to add a chart.
import type { NationalColumn, RegionRow } from '../src/engine/index.ts';
import { outcomeInfo, unitOf } from '../src/metrics/catalogue.ts';
import type { Format } from './format.ts';

export interface ChartDef {
  column: NationalColumn;
  format: Format;
}

export const CHARTS: ChartDef[] = [
  { column: 'gdp_per_capita', format: 'money' },
  { column: 'cv_gdp_pc', format: 'index' },
  { column: 'theil', format: 'index' },
  { column: 'gini_households', format: 'index' },
  // Living standards: disposable income plus public services per person (docs/outputs.md).
  { column: 'cv_living_standard', format: 'index' },
  { column: 'urban_rural_ratio', format: 'index' },
  { column: 'transfers', format: 'money' },
  { column: 'migrant_share', format: 'share' },
  { column: 'poverty_rate', format: 'share' },
];

export const MAP_COLUMNS: { column: keyof RegionRow; format: Format }[] = [
  { column: 'gdp_per_capita', format: 'money' },
  { column: 'disposable_income_pc', format: 'money' },
  { column: 'wage', format: 'money' },
  { column: 'urban_share', format: 'share' },
  { column: 'unemployment_rate', format: 'share' },
  { column: 'transfers', format: 'money' },
  { column: 'net_migration', format: 'index' },
  { column: 'capital', format: 'money' },
];

/** The title of a column with its unit, e.g. "GDP per person (yuan a year)"; shares say "%". */
export function titleOf(column: string, format: Format, money: string): string {
  const { label } = outcomeInfo(column);
  const unit = unitOf(column, money);
  if (format === 'share') return `${label} (%)`;
  return unit === '' || unit === 'index' || unit === 'ratio' ? label : `${label} (${unit})`;
}

/** The one-line definition of a column, with its unit. */
export function definitionOf(column: string, money: string): string {
  const { definition } = outcomeInfo(column);
  const unit = unitOf(column, money);
  return unit === '' || unit === 'index' ? definition : `${definition} Unit: ${unit}.`;
}
