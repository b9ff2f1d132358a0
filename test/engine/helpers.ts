// Builds small scenarios in code for engine tests: defaults from the documented tables,
// overridden by what each test states.
import { DEFAULT_PARAMS, DEFAULT_POLICY } from '../../src/scenario/defaults.ts';
import type { Link, Params, Policy, Region, Scenario, ScheduleEntry } from '../../src/scenario/types.ts';

export interface Spec {
  regions: Region[];
  links?: Link[];
  params?: Partial<Params>;
  policy?: Partial<Policy>;
  steps?: number;
  seed?: number;
  schedule?: ScheduleEntry[];
}

export function scenario(spec: Spec): Scenario {
  return {
    name: 'test', description: '', steps: spec.steps ?? 10, seed: spec.seed ?? 1,
    params: { ...DEFAULT_PARAMS, laborAgents: 4000, firmsPerRegion: 10, investorsPerRegion: 3, ...spec.params },
    policy: { ...structuredClone(DEFAULT_POLICY), ...spec.policy } as Policy,
    regions: spec.regions,
    links: spec.links ?? [],
    schedule: spec.schedule ?? [],
  };
}

/** n identical regions in a ring of links of the given cost. */
export function identicalRegions(n: number, extra: Partial<Region> = {}, cost = 300): Pick<Spec, 'regions' | 'links'> {
  const regions = Array.from({ length: n }, (_, i) => ({
    id: `R${i}`, name: `Region ${i}`, group: i % 2 === 0 ? 'even' : 'odd',
    population: 1_000_000, urbanShare: 0.6, tfp: 1, ...extra,
  }));
  const links = n < 2 ? [] : regions.map((r, i) => ({ from: r.id, to: regions[(i + 1) % n].id, cost }))
    .slice(0, n === 2 ? 1 : n);
  return { regions, links };
}

/** A closed economy: no migration, no capital flows, no transfers, no firm dynamics. */
export const CLOSED: { params: Partial<Params>; policy: Partial<Policy> } = {
  params: {
    reviewRate: 0, entryShare: 0, exitYears: 0, exitSize: 0, relocationRate: 0, firmsPerRegion: 1,
    tfpGrowth: 0, diffusion: 0, agglomeration: 0, marketAccessElasticity: 0,
    productivityDispersion: 0, wageRigidity: 0,
  },
  policy: {
    capitalFriction: 1e9, centralTax: 0, localTax: 0, floor: 0,
    transfers: { rate: 0, formula: 'none', targetRatio: 1, use: { households: 0, services: 1, investment: 0 } },
  },
};
