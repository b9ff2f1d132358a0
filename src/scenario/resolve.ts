// From files to a complete scenario: merge the extends chain, fill the defaults, apply
// overrides, compute link costs, then run the checks that need the whole picture.
import { readChain, type Layer } from './chain.ts';
import { checkLinks, checkRegions, checkTargets, report, type CheckContext } from './checks.ts';
import { DEFAULT_PARAMS, DEFAULT_POLICY, DEFAULT_SEED, DEFAULT_STEPS } from './defaults.ts';
import { withCost } from './link-costs.ts';
import { deepMerge, isPlainObject } from './merge.ts';
import { Origins } from './origins.ts';
import { applyOverrides } from './overrides.ts';
import type { Problem } from './problems.ts';
import { checkSchedule } from './schedule-checks.ts';
import { baseName, type ScenarioSource } from './source.ts';
import type { Link, Scenario } from './types.ts';

/** Keys that describe one file and so are not inherited through `extends`. */
const OWN_KEYS = ['$schema', 'name', 'description', 'teaching', 'extends'];

export interface Resolved {
  scenario: Scenario;
  /** The files read: the requested one first, then the ones it extends. */
  files: string[];
  /** Every problem found; the scenario is only usable when this is empty. */
  problems: Problem[];
}

/** Merges layers (requested file first) over the defaults, remembering who gave what. */
function mergeLayers(layers: Layer[], origins: Origins): Record<string, unknown> {
  let merged: Record<string, unknown> = {
    steps: DEFAULT_STEPS,
    seed: DEFAULT_SEED,
    params: DEFAULT_PARAMS,
    policy: DEFAULT_POLICY,
    regions: [],
    links: [],
    schedule: [],
  };
  for (const { file, data } of [...layers].reverse()) {
    const inherited = Object.fromEntries(Object.entries(data).filter(([k]) => !OWN_KEYS.includes(k)));
    merged = deepMerge(merged, inherited);
    origins.record(inherited, file);
  }
  return merged;
}

/** Fills missing link costs, in the initial links and in scheduled addLink entries. */
function fillLinkCosts(s: Scenario): void {
  if (!Array.isArray(s.regions) || typeof s.params?.linkCostPerKm !== 'number') return;
  // Invalid entries were reported by the schema; only well-formed ones take part here.
  const regions = s.regions.filter((r) => isPlainObject(r) && typeof r.id === 'string');
  const fill = (l: unknown) => (isPlainObject(l) ? withCost(l as unknown as Link, regions, s.params.linkCostPerKm) : l);
  if (Array.isArray(s.links)) s.links = s.links.map(fill) as Link[];
  if (Array.isArray(s.schedule)) {
    s.schedule = s.schedule.map((e) => (isPlainObject(e) && isPlainObject(e.addLink) ? { ...e, addLink: fill(e.addLink) as Link } : e));
  }
}

/** The channel shares of policy.transfers.use must sum to 1 (the schema checks each). */
function checkTransferUse(ctx: CheckContext, use: unknown): void {
  if (!isPlainObject(use)) return;
  const shares = ['households', 'services', 'investment'].map((k) => use[k]);
  if (!shares.every((x) => typeof x === 'number' && Number.isFinite(x))) return;
  const total = (shares as number[]).reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) {
    report(ctx, 'policy.transfers.use', `shares households + services + investment sum to ${Number(total.toPrecision(12))}, must sum to 1`);
  }
}

/** The checks that look at the merged scenario as a whole. */
function checkWhole(s: Scenario, origins: Origins, problems: Problem[]): void {
  const ctx = checkRegions(s.regions, origins, problems);
  const network = checkLinks(ctx, s.links);
  for (const key of ['regions', 'groups'] as const) {
    checkTargets(ctx, `policy.relocationSubsidy.${key}`, key, s.policy?.relocationSubsidy?.[key]);
  }
  checkSchedule(ctx, s.schedule, s.steps, network);
  checkTransferUse(ctx, s.policy?.transfers?.use);
}

/** Builds the scenario from already-read layers (requested file first). */
export function resolveLayers(layers: Layer[], overrides: readonly string[] = [], problems: Problem[] = []): Resolved {
  const top = layers[0];
  const topFile = top?.file ?? 'scenario';
  const origins = new Origins(topFile);
  const merged = mergeLayers(layers, origins);
  merged.name = typeof top?.data.name === 'string' ? top.data.name : baseName(topFile);
  merged.description = typeof top?.data.description === 'string' ? top.data.description : '';
  if (isPlainObject(top?.data.teaching)) merged.teaching = top.data.teaching;
  problems.push(...applyOverrides(merged, overrides, origins));
  const scenario = merged as unknown as Scenario;
  fillLinkCosts(scenario);
  checkWhole(scenario, origins, problems);
  return { scenario, files: layers.map((l) => l.file), problems };
}

/** Reads `ref` (a path or a bundled name) and everything it extends, and resolves it. */
export function resolveScenario(ref: string, source: ScenarioSource, overrides: readonly string[] = []): Resolved {
  const chain = readChain(ref, source);
  // Without all its files a scenario cannot be checked further: merging would only add noise.
  if (!chain.complete) {
    return { scenario: resolveLayers([]).scenario, files: chain.layers.map((l) => l.file), problems: chain.problems };
  }
  return resolveLayers(chain.layers, overrides, [...chain.problems]);
}
