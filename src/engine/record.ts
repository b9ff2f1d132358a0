// Phase 11, record the outcomes of this step. What is recorded is declared as two tables
// (column → function of the state), in the order of the results files' columns.
import {
  cv, giniSorted, giniWeighted, sdLog, sortNonNegative, theil, theilDecomposition, urbanRuralRatio, weightedCv,
} from '../metrics/index.ts';
import type { NationalRow, RegionRow } from './result.ts';
import { URBAN, type HouseholdStats, type Model } from './state.ts';

/** What recording a step needs beyond the state: household and firm statistics. */
export interface StepStats extends HouseholdStats {
  firmCount: Float64Array;
  /** Capital of each region's largest firm. */
  topCapital: Float64Array;
}

type RegionOutcome = (m: Model, r: number, h: StepStats) => number;

const gdpOf = (m: Model, r: number) => m.regions.urbanOutput[r] + m.regions.ruralOutput[r];
const perPerson = (m: Model, r: number, x: number) => (m.regions.residents[r] > 0 ? x / m.regions.residents[r] : 0);

export const REGION_OUTCOMES: Record<Exclude<keyof RegionRow, 'step' | 'region' | 'group'>, RegionOutcome> = {
  population: (m, r) => m.regions.residents[r],
  urban_share: (m, r) => perPerson(m, r, m.regions.urbanResidents[r]),
  // Realised employment (the draws), not the rate u_r they were drawn with; farmers all work.
  employment: (m, r) => (m.regions.residents[r] - m.regions.urbanResidents[r]) + m.regions.employedPersons[r],
  unemployment_rate: (m, r) => (m.regions.urbanResidents[r] > 0
    ? 1 - m.regions.employedPersons[r] / m.regions.urbanResidents[r]
    : 0),
  gdp: (m, r) => gdpOf(m, r),
  gdp_per_capita: (m, r) => perPerson(m, r, gdpOf(m, r)),
  wage: (m, r) => m.regions.wage[r],
  rural_income_pc: (m, r) => {
    const ruralPersons = m.regions.residents[r] - m.regions.urbanResidents[r];
    return ruralPersons > 0 ? m.regions.ruralOutput[r] / ruralPersons : 0;
  },
  disposable_income_pc: (m, r) => perPerson(m, r, m.regions.disposableIncome[r]),
  capital: (m, r) => m.regions.capital[r],
  investment: (m, r) => m.regions.investment[r],
  firms: (_m, r, h) => h.firmCount[r],
  public_services_pc: (m, r) => m.regions.publicServices[r],
  transfers: (m, r) => m.regions.transfers[r],
  poverty_rate: (_m, r, h) => h.regionPoverty[r],
  net_migration: (m, r) => m.regions.netMigration[r],
  tfp: (m, r) => m.regions.tfp[r],
  market_access: (m, r) => m.regions.marketAccess[r],
  // Living standards (docs/model.md "Living standards"): disposable income plus public
  // services per person, in yuan of the national base price level.
  living_standard_pc: (m, r) => perPerson(m, r, m.regions.disposableIncome[r]) / m.regions.costOfLiving[r]
    + m.regions.publicServices[r] / m.regions.costOfLiving[r],
  consumption_pc: (m, r) => perPerson(m, r, m.regions.consumption[r]),
  real_income_pc: (m, r) => perPerson(m, r, m.regions.disposableIncome[r]) / m.regions.costOfLiving[r],
  cost_of_living: (m, r) => m.regions.costOfLiving[r],
  firm_entries: (m, r) => m.regions.firmEntries[r],
  firm_exits: (m, r) => m.regions.firmExits[r],
  relocations_in: (m, r) => m.regions.relocationsIn[r],
  relocations_out: (m, r) => m.regions.relocationsOut[r],
  top_firm_capital_share: (m, r, h) => (m.regions.capital[r] > 0 ? h.topCapital[r] / m.regions.capital[r] : 0),
  household_transfers: (m, r) => m.regions.householdTransfers[r],
  public_investment: (m, r) => m.regions.publicInvestment[r],
  public_capital: (m, r) => m.regions.basePublicCapital[r] + m.regions.publicCapital[r],
};

/** Firms per region and the capital of each region's largest, in one pass over the firms. */
export function stepStats(model: Model, h: HouseholdStats): StepStats {
  const n = model.regions.count;
  const firmCount = new Float64Array(n);
  const topCapital = new Float64Array(n);
  const { firms } = model;
  for (let j = 0; j < firms.count; j++) {
    const r = firms.region[j];
    firmCount[r]++;
    if (firms.capital[j] > topCapital[r]) topCapital[r] = firms.capital[j];
  }
  return { ...h, firmCount, topCapital };
}

export function recordRegions(model: Model, h: StepStats): RegionRow[] {
  const rows: RegionRow[] = [];
  for (let r = 0; r < model.regions.count; r++) {
    const row = { step: model.step, region: model.regions.ids[r], group: model.regions.groups[r] } as RegionRow;
    for (const [column, f] of Object.entries(REGION_OUTCOMES)) {
      (row as Record<string, number | string>)[column] = f(model, r, h);
    }
    rows.push(row);
  }
  return rows;
}

export function recordNational(model: Model, regions: RegionRow[], h: StepStats): NationalRow {
  // Regions that everyone has left have no GDP per person and drop out of the indices.
  const live = regions.filter((row) => row.population > 0 && row.gdp_per_capita > 0);
  const gdpPc = live.map((row) => row.gdp_per_capita);
  const weights = live.map((row) => row.population);
  const theil = theilDecomposition(gdpPc, weights, live.map((row) => row.group));
  // Every agent stands for the same number of persons: the total is exact and constant.
  const population = model.labor.count * model.personsPerAgent;
  const gdp = sum(regions.map((row) => row.gdp));
  return {
    step: model.step,
    population,
    gdp,
    gdp_per_capita: gdp / population,
    cv_gdp_pc: cv(gdpPc),
    cv_gdp_pc_weighted: weightedCv(gdpPc, weights),
    sd_log_gdp_pc: sdLog(gdpPc),
    theil: theil.total,
    theil_between: theil.between,
    theil_within: theil.within,
    gini_regions: giniWeighted(gdpPc, weights),
    gini_households: h.gini,
    urban_rural_ratio: h.urbanMean >= 0 && h.ruralMean >= 0 ? urbanRuralRatio(h.urbanMean, h.ruralMean) : NaN,
    poverty_rate: h.povertyRate,
    migrant_share: migrantShare(model),
    capital: sum(regions.map((row) => row.capital)),
    investment: sum(regions.map((row) => row.investment)),
    firms: model.firms.count,
    central_revenue: model.national.centralRevenue,
    transfers: model.national.transfersPaid,
    ...livingStandardIndices(regions),
    ...fixedWeightIndices(model, regions),
    ...firmsJobsMoney(model, regions),
  };
}

type Part<K extends keyof NationalRow> = Pick<NationalRow, K>;

/** Population-weighted inequality of living standards across regions. */
function livingStandardIndices(regions: RegionRow[]): Part<'cv_living_standard' | 'theil_living_standard' | 'gini_living_standard'> {
  const live = regions.filter((row) => row.population > 0 && row.living_standard_pc > 0);
  if (live.length === 0) return { cv_living_standard: NaN, theil_living_standard: NaN, gini_living_standard: NaN };
  const x = live.map((row) => row.living_standard_pc);
  const w = live.map((row) => row.population);
  return { cv_living_standard: weightedCv(x, w), theil_living_standard: theil(x, w), gini_living_standard: giniWeighted(x, w) };
}

/**
 * Theil and CV of GDP per person weighted by step-0 populations: the regional gaps alone,
 * without the change in where people live (composition).
 */
function fixedWeightIndices(model: Model, regions: RegionRow[]): Part<'theil_fixed_weights' | 'cv_gdp_pc_fixed_weights'> {
  const w0 = model.regions.startPopulation;
  const live = regions.map((row, r) => [row.gdp_per_capita, w0[r]] as const).filter(([x, w]) => x > 0 && w > 0);
  if (live.length === 0) return { theil_fixed_weights: NaN, cv_gdp_pc_fixed_weights: NaN };
  const x = live.map(([v]) => v);
  const w = live.map(([, v]) => v);
  return { theil_fixed_weights: theil(x, w), cv_gdp_pc_fixed_weights: weightedCv(x, w) };
}

type MoneyColumns = 'unemployment_rate' | 'firm_entries' | 'firm_exits' | 'relocations' | 'capital_relocated'
  | 'subsidy_owed' | 'subsidy_paid' | 'household_transfers' | 'public_investment' | 'national_services_pc';

function firmsJobsMoney(model: Model, regions: RegionRow[]): Part<MoneyColumns> {
  const { national } = model;
  const r = model.regions;
  const urban = sum(Array.from(r.urbanResidents));
  return {
    unemployment_rate: urban > 0 ? 1 - sum(Array.from(r.employedPersons)) / urban : 0,
    firm_entries: sum(regions.map((row) => row.firm_entries)),
    firm_exits: sum(regions.map((row) => row.firm_exits)),
    relocations: sum(regions.map((row) => row.relocations_out)),
    capital_relocated: national.capitalRelocated,
    subsidy_owed: national.subsidyOwed,
    subsidy_paid: national.subsidyPaid,
    household_transfers: sum(regions.map((row) => row.household_transfers)),
    public_investment: sum(regions.map((row) => row.public_investment)),
    national_services_pc: national.nationalServices,
  };
}

/** Share of people living outside their hukou region, after this step's moves. */
function migrantShare(model: Model): number {
  const { labor } = model;
  let migrants = 0;
  for (let i = 0; i < labor.count; i++) if (labor.hukou[i] !== labor.region[i]) migrants++;
  return migrants / labor.count;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Household Gini, poverty and urban/rural means of this year's disposable incomes, taken
 * where they were earned (so before the migration phase moves anyone). One walk over the
 * agents does poverty, the means and the levelling of each (region, sector, employed,
 * hukou local) group's incomes (see level()); the levelled incomes are then sorted in
 * place by a linear-time bucket sort (metrics/sort-non-negative.ts) for the exact Gini.
 * The merge of the groups' sorted runs it replaces made about log₂(6R) unpredictable
 * comparisons per income; the bucket sort makes a few linear passes.
 */
export function householdStats(model: Model): HouseholdStats {
  const { regions } = model;
  const n = regions.count;
  const { levelled, scratch } = buffers(model);
  // The agent arrays in locals: this loop runs a million times a step.
  const { count, region, sector, employed, hukou, income } = model.labor;
  // Last levelled income of each group in skill order (−Infinity: none yet).
  const last = new Float64Array(n * 8).fill(-Infinity);
  const poorIn = new Float64Array(n);
  const peopleIn = new Float64Array(n);
  let poor = 0;
  let urbanSum = 0, urbanCount = 0, ruralSum = 0, ruralCount = 0;
  const line = model.national.povertyLine;
  for (let i = 0; i < count; i++) {
    const y = income[i];
    const r = region[i];
    const g = ((r * 2 + sector[i]) * 2 + employed[i]) * 2 + (hukou[i] === r ? 1 : 0);
    const v = level(y, last[g]);
    levelled[i] = v;
    last[g] = v;
    peopleIn[r]++;
    if (y < line) { poor++; poorIn[r]++; }
    if (sector[i] === URBAN) { urbanSum += y; urbanCount++; } else { ruralSum += y; ruralCount++; }
  }
  return {
    gini: giniSorted(sortNonNegative(levelled, scratch)),
    povertyRate: poor / count,
    regionPoverty: poorIn.map((p, r) => (peopleIn[r] > 0 ? p / peopleIn[r] : 0)),
    urbanMean: urbanCount > 0 ? urbanSum / urbanCount : NaN,
    ruralMean: ruralCount > 0 ? ruralSum / ruralCount : NaN,
  };
}

/**
 * The measurement's per-agent arrays (levelled incomes, sorted in place, 8 bytes; the
 * sort's scratch 8), kept from step to step with the model instead of being allocated,
 * zero-filled and collected every step. The agent count is fixed for a run.
 */
interface Buffers { levelled: Float64Array; scratch: Float64Array }
const kept = new WeakMap<Model, Buffers>();

function buffers(model: Model): Buffers {
  const n = model.labor.count;
  let b = kept.get(model);
  if (!b || b.levelled.length !== n) {
    b = { levelled: new Float64Array(n), scratch: new Float64Array(n) };
    kept.set(model, b);
  }
  return b;
}

/**
 * Within a group, disposable income is a non-decreasing function of skill, and agents are
 * stored in skill order. Incomes topped up to the floor are equal in exact arithmetic but
 * may differ in the last bit (net + (F − net) ≠ F in floating point); such ulp-sized
 * inversions are levelled up to the group's previous income. The sort does not need
 * it, but the Gini has always been taken on the levelled values (the earlier merge of the
 * group runs needed them sorted), and results must not change by a bit. A larger
 * inversion would be a bug in the income rules, and is reported. −0 is stored as 0.
 */
function level(y: number, previous: number): number {
  if (y >= previous || previous === -Infinity) return y + 0;
  if (previous - y > 1e-9 * Math.abs(previous)) {
    throw new Error(`household incomes not monotone in skill within a group (${previous} > ${y})`);
  }
  return previous;
}
