// What every recorded outcome is, in one place: its label, its unit, a one-line definition
// and the range its values can take. The CLI's tables, the reports and the teaching page all
// read it, so an index has the same name and meaning wherever a user meets it. Plain data
// (no Node APIs): the page imports it too. Names not listed (e.g. new columns) fall back to
// the column name, no unit and no range.

export interface OutcomeInfo {
  /** Readable name, the same in the terminal, the reports and the page. */
  label: string;
  /** Unit of the values; 'money' stands for the scenario's money unit (moneyUnit). */
  unit: string;
  /** One line for a class: what the number says. */
  definition: string;
  /** The values the quantity can take, [low, high] (infinite where unbounded). */
  range: [number, number];
}

const POSITIVE: [number, number] = [0, Infinity];
const SHARE: [number, number] = [0, 1];
const ANY: [number, number] = [-Infinity, Infinity];

/** The unit placeholder of money outcomes (yuan where regions give GDP per person). */
export const MONEY = 'money';

const INFO: Record<string, OutcomeInfo> = {
  population: { label: 'Population', unit: 'persons', definition: 'People living in the regions.', range: POSITIVE },
  gdp: { label: 'GDP', unit: `${MONEY} a year`, definition: 'Output of the urban and rural sectors in a year.', range: POSITIVE },
  gdp_per_capita: { label: 'GDP per person', unit: `${MONEY} a year`, definition: 'GDP divided by the number of people: the average output per person.', range: POSITIVE },
  cv_gdp_pc: {
    label: 'CV of regional GDP per person', unit: 'index',
    definition: 'Coefficient of variation: the standard deviation of the regions\' GDP per person divided by their mean, each region counted once. 0 = all regions equal.',
    range: POSITIVE,
  },
  cv_gdp_pc_weighted: {
    label: 'CV of regional GDP per person, population-weighted', unit: 'index',
    definition: 'The same CV with each region weighted by its population (Williamson): it describes people rather than regions. 0 = all regions equal.',
    range: POSITIVE,
  },
  sd_log_gdp_pc: {
    label: 'SD of log GDP per person (σ)', unit: 'index',
    definition: 'Standard deviation of the natural log of the regions\' GDP per person: σ-convergence means it falls. 0 = all regions equal.',
    range: POSITIVE,
  },
  theil: {
    label: 'Theil index of regional GDP per person', unit: 'index',
    definition: 'Theil T: an inequality index of GDP per person across regions, weighted by population; it splits exactly into a between-group and a within-group part. 0 = all equal.',
    range: POSITIVE,
  },
  theil_between: { label: 'Theil index, between groups', unit: 'index', definition: 'The part of the Theil index due to differences between the groups of regions (e.g. east and west).', range: POSITIVE },
  theil_within: { label: 'Theil index, within groups', unit: 'index', definition: 'The part of the Theil index due to differences between regions of the same group.', range: POSITIVE },
  gini_regions: {
    label: 'Gini across regions', unit: 'index',
    definition: 'Gini coefficient of GDP per person across regions, each region weighted by its population: 0 = all regions equal, 1 = one region has everything.',
    range: SHARE,
  },
  gini_households: {
    label: 'Gini of household income', unit: 'index',
    definition: 'Gini coefficient of the incomes of all people, inside and across regions: 0 = everyone earns the same, 1 = one person earns everything.',
    range: SHARE,
  },
  urban_rural_ratio: { label: 'Urban / rural income ratio', unit: 'ratio', definition: 'Average income of urban residents divided by that of rural residents: 1 = no urban-rural gap.', range: POSITIVE },
  poverty_rate: { label: 'Poverty rate', unit: 'share of people', definition: 'Share of people whose income is below the poverty line (a fixed share of the initial national mean income).', range: SHARE },
  migrant_share: { label: 'Living outside hukou region', unit: 'share of people', definition: 'Share of people living outside the region where their hukou (household registration) is.', range: SHARE },
  capital: { label: 'Capital', unit: MONEY, definition: 'The stock of productive capital of all firms.', range: POSITIVE },
  investment: { label: 'Investment', unit: `${MONEY} a year`, definition: 'New capital put into firms during the year.', range: POSITIVE },
  firms: { label: 'Firms', unit: 'firms', definition: 'Number of firms operating.', range: POSITIVE },
  central_revenue: { label: 'Central revenue', unit: `${MONEY} a year`, definition: 'Tax the centre collects on all household income.', range: POSITIVE },
  transfers: { label: 'Transfers to regions', unit: `${MONEY} a year`, definition: 'Money the centre pays to regional governments (the transfers rate × central revenue, shared by the formula).', range: POSITIVE },
  // Living standards, fixed weights, firms, jobs and money (docs/outputs.md).
  cv_living_standard: {
    label: 'CV of living standards', unit: 'index',
    definition: 'Population-weighted coefficient of variation of living standards (disposable income plus public services per person, divided by the cost of living) across regions. 0 = all regions equal.',
    range: POSITIVE,
  },
  theil_living_standard: { label: 'Theil index of living standards', unit: 'index', definition: 'Population-weighted Theil T of living standards per person across regions. 0 = all equal.', range: POSITIVE },
  gini_living_standard: { label: 'Gini of living standards across regions', unit: 'index', definition: 'Population-weighted Gini of living standards per person across regions: 0 = all equal.', range: SHARE },
  theil_fixed_weights: {
    label: 'Theil index, step-0 populations', unit: 'index',
    definition: 'Theil T of GDP per person with every region weighted by its step-0 population: the regional gaps alone, without people moving between regions.',
    range: POSITIVE,
  },
  cv_gdp_pc_fixed_weights: { label: 'CV of GDP per person, step-0 populations', unit: 'index', definition: 'CV of GDP per person with each region weighted by its step-0 population: the gaps without the effect of migration on the weights.', range: POSITIVE },
  firm_entries: { label: 'Firm entries', unit: 'firms a year', definition: 'New firms founded during the year.', range: POSITIVE },
  firm_exits: { label: 'Firm exits', unit: 'firms a year', definition: 'Firms that closed during the year after making losses for several years.', range: POSITIVE },
  relocations: { label: 'Plant relocations', unit: 'plants a year', definition: 'Plants moved by firms to another region during the year.', range: POSITIVE },
  capital_relocated: { label: 'Capital relocated', unit: `${MONEY} a year`, definition: 'Capital of the plants moved to another region during the year, before the cost of moving.', range: POSITIVE },
  subsidy_owed: { label: 'Relocation subsidy owed', unit: `${MONEY} a year`, definition: 'Relocation subsidy the policy asks for: its rate times the capital of the target regions.', range: POSITIVE },
  subsidy_paid: { label: 'Relocation subsidy paid', unit: `${MONEY} a year`, definition: 'What the centre could pay of the subsidy owed, from what it kept after transfers.', range: POSITIVE },
  household_transfers: { label: 'Cash transfers to households', unit: `${MONEY} a year`, definition: 'Transfers paid out as cash to residents (the households channel).', range: POSITIVE },
  public_investment: { label: 'Public investment', unit: `${MONEY} a year`, definition: 'Transfers invested in public capital (the investment channel), which raises productivity.', range: POSITIVE },
  national_services_pc: { label: 'National services per person', unit: `${MONEY} a year`, definition: 'Public services bought by the centre with what it kept after transfers and subsidies, the same for everyone.', range: POSITIVE },
  living_standard_pc: { label: 'Living standard per person', unit: `${MONEY} a year at base prices`, definition: 'Disposable income plus public services per resident, divided by the region\'s cost of living.', range: POSITIVE },
  consumption_pc: { label: 'Consumption per person', unit: `${MONEY} a year`, definition: 'Disposable income minus saving, per resident.', range: POSITIVE },
  real_income_pc: { label: 'Real income per person', unit: `${MONEY} a year at base prices`, definition: 'Disposable income per resident divided by the region\'s cost of living.', range: POSITIVE },
  cost_of_living: { label: 'Cost of living', unit: 'index, 1 at the start', definition: 'Price level of living in the region: rises with its population relative to the start (congestion, housing).', range: POSITIVE },
  public_services_pc: { label: 'Public services per person', unit: `${MONEY} a year`, definition: 'Regional and national public services per resident.', range: POSITIVE },
  top_firm_capital_share: { label: 'Largest firm\'s share of capital', unit: 'share', definition: 'Capital of the region\'s largest firm divided by the region\'s capital.', range: SHARE },
  // Region columns the page's map shows.
  urban_share: { label: 'Urban share', unit: 'share of residents', definition: 'Share of a region\'s residents who live and work in the urban sector.', range: SHARE },
  unemployment_rate: { label: 'Unemployment rate', unit: 'share of urban residents', definition: 'Share of urban residents without a job.', range: SHARE },
  wage: { label: 'Urban wage', unit: `${MONEY} a year`, definition: 'Wage per unit of skill paid by urban firms in the region.', range: POSITIVE },
  disposable_income_pc: { label: 'Disposable income per person', unit: `${MONEY} a year`, definition: 'Income after taxes, benefits and transfers, per resident.', range: POSITIVE },
  net_migration: { label: 'Net migration', unit: 'persons a year', definition: 'People who moved in minus people who moved out during the year.', range: ANY },
  // The run-level figures of summary.json.
  beta: {
    label: 'β, convergence coefficient', unit: 'per year',
    definition: 'Slope of the regions\' average yearly growth of GDP per person on its initial log: below 0, poorer regions grow faster (β-convergence).',
    range: ANY,
  },
  se: { label: 'Standard error of β', unit: 'per year', definition: 'Standard error of the OLS slope β.', range: POSITIVE },
  r2: { label: 'R² of the β regression', unit: 'share', definition: 'Share of the variance of growth across regions explained by initial GDP per person.', range: SHARE },
  speed: { label: 'Speed of convergence λ', unit: 'per year', definition: 'λ = −ln(1 + βT)/T: the yearly rate at which the gaps close.', range: ANY },
  halfLife: { label: 'Half-life', unit: 'years', definition: 'ln 2 / λ: years for half of the gaps between regions to close.', range: POSITIVE },
  sigma_start: { label: 'σ at the start', unit: 'index', definition: 'SD of log GDP per person across regions at the first step.', range: POSITIVE },
  sigma_end: { label: 'σ at the end', unit: 'index', definition: 'SD of log GDP per person across regions at the last step.', range: POSITIVE },
  sigma_change: { label: 'Change in σ', unit: 'index', definition: 'σ at the end minus σ at the start: below 0, σ-convergence.', range: ANY },
};

/** The entry of an outcome; unknown names get their own name, no unit and no range. */
export function outcomeInfo(name: string): OutcomeInfo {
  return INFO[name] ?? { label: name, unit: '', definition: '', range: ANY };
}

/**
 * The money unit of a scenario: yuan where every region gives its GDP per person (the model
 * is calibrated to it), "model units" where productivity is given directly (toy scenarios).
 */
export function moneyUnit(regions: readonly { gdpPerCapita?: number }[]): string {
  return regions.length > 0 && regions.every((r) => typeof r.gdpPerCapita === 'number') ? 'yuan' : 'model units';
}

/** The unit of an outcome with the money unit filled in ('' when there is none). */
export function unitOf(name: string, money = 'yuan'): string {
  const { unit } = outcomeInfo(name);
  return unit.replace(MONEY, money);
}

/** "Label (unit)"; indices, ratios and unknown names have no unit in brackets. */
export function labelWithUnit(name: string, money = 'yuan'): string {
  const { label } = outcomeInfo(name);
  const unit = unitOf(name, money);
  return unit === '' || unit === 'index' || unit === 'ratio' || unit === label.toLowerCase() ? label : `${label} (${unit})`;
}

/**
 * A value moved into the outcome's valid range, and whether it had to be.
 * @example
 * clipToRange('poverty_rate', -0.01).value; // => 0 (a share cannot be negative)
 * clipToRange('beta', -0.02).value; // => -0.02 (β is unbounded)
 */
export function clipToRange(name: string, value: number): { value: number; clipped: boolean } {
  const [lo, hi] = outcomeInfo(name).range;
  if (!Number.isFinite(value)) return { value, clipped: false };
  if (value < lo) return { value: lo, clipped: true };
  if (value > hi) return { value: hi, clipped: true };
  return { value, clipped: false };
}
