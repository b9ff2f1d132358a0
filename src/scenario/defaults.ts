// Documented defaults of every parameter and lever. A scenario states only what differs.
// The reason or source of each value is in docs/model.md ("Defaults").
import type { Params, Policy } from './types.ts';

export const DEFAULT_PARAMS: Readonly<Params> = Object.freeze({
  alpha: 0.4,
  delta: 0.096,
  saving: 0.35,
  agglomeration: 0.05,
  marketAccessElasticity: 0.1,
  tradeDistanceDecay: 0.001,
  tfpGrowth: 0.02,
  diffusion: 0.01,
  diffusionDecay: 0.001,
  wageRigidity: 0.97,
  ruralLaborShare: 0.6,
  skillDispersion: 0.5,
  productivityDispersion: 0.1,
  reviewRate: 0.1,
  migrationScale: 2,
  publicServiceWeight: 0.2,
  distanceCost: 0.0005,
  sectorSwitchCost: 1.5,
  investmentScale: 20,
  entryShare: 0.1,
  exitYears: 3,
  exitSize: 0.2,
  relocationRate: 0.02,
  relocationShare: 0.2,
  minFirms: 10,
  congestion: 2,
  candidates: 0,
  firmsPerRegion: 40,
  investorsPerRegion: 10,
  laborAgents: 100_000,
  urbanRuralRatio: 2.56,
  linkCostPerKm: 1,
  capitalOutputRatio: 3,
  balancedStart: true,
  unemploymentBenefit: 0.2,
  povertyLine: 0.3,
  skillBins: 16,
  publicCapitalElasticity: 0.08,
  publicCapitalOutputRatio: 1,
});

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  centralTax: 0.1,
  localTax: 0.1,
  transfers: Object.freeze({
    rate: 0.5, formula: 'equalization' as const, targetRatio: 1,
    use: Object.freeze({ households: 0.1, services: 0.8, investment: 0.1 }),
  }),
  floor: 0.15,
  migrationCost: 2,
  hukouPenalty: 1,
  hukouAccess: 0.5,
  settlement: 0.05,
  tradeBarrier: 200,
  capitalFriction: 0.03,
  ruralTfpGrowth: 0.025,
  relocationCost: 0.3,
  relocationSubsidy: Object.freeze({ rate: 0, regions: [], groups: [] }),
}) as Policy;

/** Defaults of the top-level keys. */
export const DEFAULT_STEPS = 20;
export const DEFAULT_SEED = 1;
