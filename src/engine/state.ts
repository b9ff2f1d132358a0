// The model's state: plain data in typed arrays (struct of arrays), apart from behaviour.
// Each step phase is a free function over this state (see step.ts for their order).
import type { Link, Params, Policy, Scenario } from '../scenario/types.ts';
import type { ScheduledAction } from '../scenario/index.ts';
import type { Streams } from './random/rng.ts';

/** Agent-level aggregates of one step: measured by record.ts (householdStats): one pass over the agents, then a bucket sort for the Gini. */
export interface HouseholdStats {
  gini: number;
  povertyRate: number;
  regionPoverty: Float64Array;
  urbanMean: number;
  ruralMean: number;
}

export const URBAN = 0;
export const RURAL = 1;

/**
 * Labour agents: one entry per agent, each standing for `personsPerAgent` persons,
 * stored in ascending order of skill (skills never change).
 */
export interface Labor {
  count: number;
  region: Uint16Array;
  sector: Uint8Array;
  hukou: Uint16Array;
  skill: Float64Array;
  /** Skill quantile bin, for sharing logit probabilities between like agents. */
  skillBin: Uint8Array;
  employed: Uint8Array;
  /** Disposable income of the last step, yuan per person per year. */
  income: Float64Array;
}

/** Firms, in growable arrays; `count` are alive and packed at the front. */
export interface Firms {
  count: number;
  region: Int32Array;
  productivity: Float64Array;
  capital: Float64Array;
  /** Efficiency units of labour employed this step. */
  labor: Float64Array;
  output: Float64Array;
  /** Profit per unit of capital at this step's production. */
  profitRate: Float64Array;
  lossYears: Int32Array;
}

/** Investors: home region and holdings of capital placed in each region (k·R + s). */
export interface Investors {
  count: number;
  home: Int32Array;
  holdings: Float64Array;
  /** Capital returned by exiting firms, reinvested next step. */
  cash: Float64Array;
  /** New funds to place this step (savings routed to them plus own savings). */
  funds: Float64Array;
  /** Disposable capital income of the step. */
  income: Float64Array;
}

/** Per-region quantities, one Float64Array of length R each. */
export interface Regions {
  count: number;
  ids: string[];
  names: string[];
  groups: string[];
  amenity: Float64Array;
  tfp: Float64Array;
  ruralTfp: Float64Array;
  land: Float64Array;
  price: Float64Array;
  marketAccess: Float64Array;
  agglomeration: Float64Array;
  wage: Float64Array;
  unemployment: Float64Array;
  /** Urban efficiency units supplied and employed, in persons × skill. */
  urbanSupply: Float64Array;
  urbanEmployed: Float64Array;
  /** Urban workers employed this step, in persons (the realised draws). */
  employedPersons: Float64Array;
  ruralSupply: Float64Array;
  urbanOutput: Float64Array;
  ruralOutput: Float64Array;
  /** Rural income per efficiency unit (the average product). */
  ruralIncomeRate: Float64Array;
  capitalIncome: Float64Array;
  capital: Float64Array;
  investment: Float64Array;
  publicServices: Float64Array;
  transfers: Float64Array;
  localRevenue: Float64Array;
  disposableIncome: Float64Array;
  residents: Float64Array;
  urbanResidents: Float64Array;
  netMigration: Float64Array;
  subsidy: Float64Array;
  savings: Float64Array;
  /** Share of the support owed to its residents that the local budget paid this step. */
  supportPaid: Float64Array;
  /**
   * Congestion cost-of-living index, 1 at step 0: (P_r / P_r,0)^congestion (congestion.ts).
   * Migrants divide expected income by it; living standards and real incomes are deflated by it.
   */
  costOfLiving: Float64Array;
  /** Residents at step 0, in persons (the base of the cost-of-living index). */
  startPopulation: Float64Array;
  /** Capital of a new firm: the region's mean firm capital at step 0 (entry.ts). */
  entrantCapital: Float64Array;
  /** Capital moved out of the region by plant relocation this step (firms.ts). */
  relocatedOut: Float64Array;
  /** Transfers paid through each channel this step (channels.ts), yuan per year. */
  householdTransfers: Float64Array;
  serviceTransfers: Float64Array;
  publicInvestment: Float64Array;
  /** Benefits and floor top-ups the local budget paid this step, yuan. */
  supportSpent: Float64Array;
  /** Cash transfer per person with full access (hukou holders); others get ψ of it. */
  cashPerPerson: Float64Array;
  /** Public capital funded by the investment channel (public-capital.ts), yuan. */
  publicCapital: Float64Array;
  /** Base public capital of the calibrated economy, kept up outside the model's budget. */
  basePublicCapital: Float64Array;
  /** Public capital per person at step 0, the reference of the productivity factor. */
  basePublicCapitalPc: Float64Array;
  /** Productivity factor of public capital, Π_r = (g_r / g_r0)^η; 1 at step 0. */
  publicProductivity: Float64Array;
  /** Household consumption: disposable income minus saving, yuan per year. */
  consumption: Float64Array;
  /** Firm events of this step (investment.ts, firms.ts). */
  firmEntries: Float64Array;
  firmExits: Float64Array;
  relocationsIn: Float64Array;
  relocationsOut: Float64Array;
}

export interface National {
  centralRevenue: number;
  transfersPaid: number;
  meanIncome: number;
  floorIncome: number;
  benefit: number;
  povertyLine: number;
  exitedCapital: number;
  relocationLoss: number;
  /** Capital of the firms that relocated this step, before the relocation loss. */
  capitalRelocated: number;
  /** Relocation subsidy the rule asked for and what the centre could pay, yuan. */
  subsidyOwed: number;
  subsidyPaid: number;
  /** What the centre kept after transfers and subsidies, spent on national services. */
  centralRemainder: number;
  /** National public services per person bought with that remainder, yuan. */
  nationalServices: number;
  /** National capital at step 0, the yardstick of the entrant size (entry.ts). */
  startCapital: number;
  /** Warnings raised during the run (each at most once), e.g. a scaled-down subsidy. */
  warnings: string[];
}

export interface Model {
  scenario: Scenario;
  step: number;
  params: Params;
  policy: Policy;
  links: Link[];
  personsPerAgent: number;
  rng: Streams;
  schedule: ScheduledAction[][];
  labor: Labor;
  firms: Firms;
  investors: Investors;
  regions: Regions;
  national: National;
  /** Travel cost between regions (R×R), Infinity where unreachable. */
  distance: Float64Array;
  linksChanged: boolean;
  /** Mean skill of each skill bin: the skill that stands for the bin in shared logits. */
  binSkill: Float64Array;
  /** The scenario's public-services quality index per region (default 1). */
  serviceQuality: Float64Array;
  /** This year's household income statistics, measured before anyone moves. */
  households?: HouseholdStats;
  /** k₀: mean market access per yuan of national output at step 0 (geography.ts). */
  accessPerOutput: number;
  /** Last step's regional GDP, for market access. */
  lastGdp: Float64Array;
  /** Persons moving from r to s this step (R×R, r·R + s), filled by migration. */
  flows: Float64Array;
  /** Hukou region of every agent at step 0 (their origin; settlement does not change it). */
  origin: Uint16Array;
}

export function regionIndex(model: Model, id: string): number {
  const i = model.regions.ids.indexOf(id);
  if (i < 0) throw new RangeError(`unknown region "${id}"`);
  return i;
}

export function makeRegions(ids: string[], names: string[], groups: string[]): Regions {
  const n = ids.length;
  const f = () => new Float64Array(n);
  return {
    count: n, ids, names, groups,
    amenity: f(), tfp: f(), ruralTfp: f(), land: f(), price: f().fill(1), marketAccess: f(),
    agglomeration: f().fill(1), wage: f(), unemployment: f(), urbanSupply: f(),
    urbanEmployed: f(), employedPersons: f(), ruralSupply: f(), urbanOutput: f(), ruralOutput: f(),
    ruralIncomeRate: f(), capitalIncome: f(), capital: f(), investment: f(),
    publicServices: f(), transfers: f(), localRevenue: f(), disposableIncome: f(),
    residents: f(), urbanResidents: f(), netMigration: f(), subsidy: f(), savings: f(),
    supportPaid: f().fill(1), costOfLiving: f().fill(1), startPopulation: f(), entrantCapital: f(),
    relocatedOut: f(),
    supportSpent: f(), householdTransfers: f(), serviceTransfers: f(), publicInvestment: f(), cashPerPerson: f(),
    publicCapital: f(), basePublicCapital: f(), basePublicCapitalPc: f(), publicProductivity: f().fill(1),
    consumption: f(),
    firmEntries: f(), firmExits: f(), relocationsIn: f(), relocationsOut: f(),
  };
}

const FIRM_FLOATS = ['productivity', 'capital', 'labor', 'output', 'profitRate'] as const;
const FIRM_INTS = ['region', 'lossYears'] as const;

export function makeFirms(capacity: number): Firms {
  const firms = { count: 0 } as Firms;
  for (const key of FIRM_FLOATS) firms[key] = new Float64Array(capacity);
  for (const key of FIRM_INTS) firms[key] = new Int32Array(capacity);
  return firms;
}

/** Appends a firm, doubling the arrays when full. Returns its index. */
export function addFirm(firms: Firms, region: number, productivity: number, capital: number): number {
  if (firms.count === firms.region.length) grow(firms, Math.max(16, firms.count * 2));
  const j = firms.count++;
  for (const key of FIRM_FLOATS) firms[key][j] = 0;
  firms.lossYears[j] = 0;
  firms.region[j] = region;
  firms.productivity[j] = productivity;
  firms.capital[j] = capital;
  return j;
}

/** Removes firm j by moving the last firm into its slot (order changes deterministically). */
export function removeFirm(firms: Firms, j: number): void {
  const last = --firms.count;
  if (j === last) return;
  for (const key of FIRM_FLOATS) firms[key][j] = firms[key][last];
  for (const key of FIRM_INTS) firms[key][j] = firms[key][last];
}

function grow(firms: Firms, capacity: number): void {
  for (const key of FIRM_FLOATS) {
    const a = new Float64Array(capacity);
    a.set(firms[key]);
    firms[key] = a;
  }
  for (const key of FIRM_INTS) {
    const a = new Int32Array(capacity);
    a.set(firms[key]);
    firms[key] = a;
  }
}
