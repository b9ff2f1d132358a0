// The scenario format: plain data, no behaviour. Keys follow ../shared/MODEL.md
// ("Scenario keys for the symbols"); scenarios/schema.json describes the same shapes.

/** Model parameters (`params.*`). Every one has a default in defaults.ts. */
export interface Params {
  /** α: capital share in urban production. */
  alpha: number;
  /** δ: depreciation rate of capital per year. */
  delta: number;
  /** s: saving rate of households and investors. */
  saving: number;
  /** γ: agglomeration elasticity of urban productivity w.r.t. efficiency labour. */
  agglomeration: number;
  /** μ: elasticity of the output price w.r.t. relative market access. */
  marketAccessElasticity: number;
  /** θ: decay of trade with travel cost (per cost unit, i.e. per km). */
  tradeDistanceDecay: number;
  /** g_A: exogenous urban TFP growth per year. */
  tfpGrowth: number;
  /** λ: speed of knowledge diffusion towards leading regions. */
  diffusion: number;
  /** θ_k: decay of knowledge diffusion with travel cost. */
  diffusionDecay: number;
  /** ρ_w: downward wage rigidity (a wage falls to at most ρ_w of last year's). */
  wageRigidity: number;
  /** β: labour share in rural production. */
  ruralLaborShare: number;
  /** σ_e: dispersion (sd of log) of worker skills. */
  skillDispersion: number;
  /** σ_z: dispersion (sd of log) of firm productivity. */
  productivityDispersion: number;
  /** m: share of workers who review their location each year. */
  reviewRate: number;
  /** β_m: scale of the migration logit. */
  migrationScale: number;
  /** φ_g: weight of public services in the migration utility. */
  publicServiceWeight: number;
  /** c_d: migration cost per unit of travel cost (per km). */
  distanceCost: number;
  /** c_u: cost of switching sector (rural <-> urban). */
  sectorSwitchCost: number;
  /** β_k: scale of the investment logit over net returns. */
  investmentScale: number;
  /** Share of new investment that founds new firms. */
  entryShare: number;
  /** Years of returns below δ before a firm exits (0 turns this rule off; exitSize is the other). */
  exitYears: number;
  /** A firm whose capital falls below this share of the entrant size exits (0 turns it off). */
  exitSize: number;
  /** Share of firms that consider relocating each year. */
  relocationRate: number;
  /** Largest share of its capital a firm moves to another region in one step (one plant). */
  relocationShare: number;
  /** Fewest firms a region with urban workers ever has (at the start, and exits stop there). */
  minFirms: number;
  /** Elasticity of the cost of living with respect to population relative to step 0. */
  congestion: number;
  /** Destinations sampled per migration choice (0 = all 2R options). */
  candidates: number;
  /** Firms per region at the start. */
  firmsPerRegion: number;
  /** Investors per region. */
  investorsPerRegion: number;
  /** Labour agents in the whole run (persons per agent follow from populations). */
  laborAgents: number;
  /** Initial urban / rural income per person (2.56: NBS 2020). */
  urbanRuralRatio: number;
  /** Link cost per great-circle km when a link gives no cost. */
  linkCostPerKm: number;
  /** Initial capital / output ratio where a region gives no capitalPerWorker. */
  capitalOutputRatio: number;
  /** Scale step-0 capital of GDP-calibrated regions onto a balanced growth path (balanced-start.ts). */
  balancedStart: boolean;
  /** Unemployment benefit, as a share of the national mean income. */
  unemploymentBenefit: number;
  /** Poverty line, as a share of the initial national mean income (held fixed). */
  povertyLine: number;
  /** Skill bins used to group workers whose migration utilities coincide. */
  skillBins: number;
  /** η: output elasticity of urban production w.r.t. public capital per person. */
  publicCapitalElasticity: number;
  /** Public capital / GDP of the calibrated economy at step 0 (the base stock). */
  publicCapitalOutputRatio: number;
}

export type TransferFormula = 'equalization' | 'per-capita' | 'none';

/** What the regions do with the transfers they receive: shares that sum to 1. */
export interface TransferUse {
  /** Cash per resident into disposable income (hukou access ψ applies). */
  households: number;
  /** Local public services (after benefits and the income floor), as before channels. */
  services: number;
  /** Public capital, raising urban productivity (src/engine/phases/public-capital.ts). */
  investment: number;
}

export interface Transfers {
  /** Share of central revenue paid out to regions. */
  rate: number;
  formula: TransferFormula;
  /** Target local revenue per person, as a multiple of the national mean. */
  targetRatio: number;
  use: TransferUse;
}

export interface RelocationSubsidy {
  /**
   * Subsidy per unit of capital per year in target regions, added to the net return of
   * investment and of relocation; against the annualised relocation cost δ·c_f it acts as
   * a relief of c_f by rate/δ (src/engine/phases/firms.ts).
   */
  rate: number;
  /** Region ids that receive it. */
  regions: string[];
  /** Groups whose regions receive it. */
  groups: string[];
}

/** Policy levers (`policy.*`). Every one has a default and can change on the schedule. */
export interface Policy {
  /** τ_c: central tax on all household income. */
  centralTax: number;
  /** τ_l: local tax on income earned in the region. */
  localTax: number;
  transfers: Transfers;
  /** Income floor (minimum living standard), share of national mean income. */
  floor: number;
  /** c_0: fixed cost of moving to another region. */
  migrationCost: number;
  /** c_h: penalty for living outside one's hukou region. */
  hukouPenalty: number;
  /** ψ: share of public services and floor that non-hukou residents get. */
  hukouAccess: number;
  /** σ_h: yearly probability that a migrant gains local hukou. */
  settlement: number;
  /** b: interregional trade barrier, in travel-cost units. */
  tradeBarrier: number;
  /** κ: capital market friction on investment outside the home region. */
  capitalFriction: number;
  /** Growth of rural TFP A^R per year (rural revitalisation). */
  ruralTfpGrowth: number;
  /** c_f: relocation cost, share of the moved plant's capital. */
  relocationCost: number;
  relocationSubsidy: RelocationSubsidy;
}

export interface Region {
  id: string;
  name: string;
  group: string;
  /** Persons. */
  population: number;
  /** Share of residents in the urban sector, in [0, 1]. */
  urbanShare: number;
  /** Urban TFP A_r; if absent, calibrated from gdpPerCapita. */
  tfp?: number;
  /** GDP per person (yuan) to reproduce at step 0. */
  gdpPerCapita?: number;
  ruralTfp?: number;
  capitalPerWorker?: number;
  publicServices?: number;
  amenity?: number;
  lon?: number;
  lat?: number;
}

export interface Link {
  from: string;
  to: string;
  /** Travel cost; if absent, great-circle km × params.linkCostPerKm. */
  cost?: number;
}

/** A scalar that `set` may assign at a dotted key. */
export type SetValue = number | string | boolean | string[];

/**
 * A dated change. Exactly one action per entry:
 * - set: assign values at dotted keys; with `over` > 1 numeric values ramp linearly,
 *   reaching the target at step + over − 1.
 * - addLink / removeLink: change the network.
 * - linkCost: multiply a link's cost by `factor`, or set it to `cost`.
 */
export interface ScheduleEntry {
  step: number;
  set?: Record<string, SetValue>;
  over?: number;
  addLink?: Link;
  removeLink?: { from: string; to: string };
  linkCost?: { from: string; to: string; factor?: number; cost?: number };
}

/**
 * Guidance for a class, shown in the teaching page's "About this scenario" panel (like
 * NetLogo's Info tab). Describes one file, so it is not inherited through `extends`.
 */
export interface Teaching {
  /** What it is: the situation modelled. */
  what?: string;
  /** How it works: the mechanisms at play. */
  how?: string;
  /** Things to notice while it runs. */
  notice?: string[];
  /** Things to try with the levers. */
  try?: string[];
}

/** A scenario as written in a file: everything optional but what extends needs. */
export interface ScenarioFile {
  $schema?: string;
  name?: string;
  description?: string;
  teaching?: Teaching;
  extends?: string;
  steps?: number;
  seed?: number;
  baseYear?: number;
  params?: Partial<Params>;
  policy?: DeepPartial<Policy>;
  regions?: Region[];
  links?: Link[];
  schedule?: ScheduleEntry[];
}

/** A scenario with extends resolved and every default filled in. */
export interface Scenario {
  name: string;
  description: string;
  /** The file's own guidance for a class, when it has one. */
  teaching?: Teaching;
  steps: number;
  seed: number;
  /** Calendar year of step 0, when the scenario has one: step t is the year baseYear + t. */
  baseYear?: number;
  params: Params;
  policy: Policy;
  regions: Region[];
  links: Link[];
  schedule: ScheduleEntry[];
}

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};
