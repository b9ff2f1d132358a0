// Checks that need more than one value at a time, run on the merged scenario: region ids,
// the links between them, and policies naming regions or groups.
import { missingCoordinates } from './link-costs.ts';
import { isPlainObject } from './merge.ts';
import { Network, linkKey } from './network.ts';
import type { Origins } from './origins.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import type { Region } from './types.ts';

/** What the checks know of a scenario: its valid regions and where problems go. */
export interface CheckContext {
  regions: Region[];
  ids: Set<string>;
  groups: Set<string>;
  origins: Origins;
  problems: Problem[];
  /** False when `regions` is not a list: checks against region ids would only add noise. */
  regionsValid: boolean;
}

export function report(ctx: CheckContext, path: string, message: string): void {
  ctx.problems.push({ file: ctx.origins.fileOf(path), path, message });
}

function isRegion(r: unknown): r is Region {
  return isPlainObject(r) && typeof r.id === 'string';
}

/** Duplicate ids, and regions that give neither tfp nor gdpPerCapita. */
export function checkRegions(raw: unknown, origins: Origins, problems: Problem[]): CheckContext {
  const list = Array.isArray(raw) ? raw : [];
  const ctx: CheckContext = { regions: [], ids: new Set(), groups: new Set(), origins, problems, regionsValid: Array.isArray(raw) };
  // An empty list in a file is the schema's to report; here, no file gave any regions.
  if (!origins.has('regions')) report(ctx, 'regions', 'no regions: give "regions", or "extends" a scenario that has them');
  const first = new Map<string, number>();
  list.forEach((r, i) => {
    if (!isRegion(r)) return;
    if (first.has(r.id)) report(ctx, `regions[${i}].id`, `duplicate region id "${r.id}" (also regions[${first.get(r.id)}])`);
    else first.set(r.id, i);
    if (r.tfp === undefined && r.gdpPerCapita === undefined) {
      report(ctx, `regions[${i}]`, 'needs tfp or gdpPerCapita (to calibrate productivity)');
    }
    ctx.regions.push(r);
    ctx.ids.add(r.id);
    if (typeof r.group === 'string') ctx.groups.add(r.group);
  });
  return ctx;
}

/** Reports an end of a link that names no region; true if both ends are known. */
export function checkEnds(ctx: CheckContext, path: string, link: Record<string, unknown>): boolean {
  if (!ctx.regionsValid) return false;
  let ok = true;
  for (const end of ['from', 'to'] as const) {
    const id = link[end];
    if (typeof id !== 'string') ok = false;
    else if (!ctx.ids.has(id)) {
      report(ctx, `${path}.${end}`, `unknown region "${id}"${didYouMean(id, ctx.ids)}`);
      ok = false;
    }
  }
  if (ok && link.from === link.to) {
    report(ctx, path, `links region "${String(link.from)}" to itself`);
    return false;
  }
  return ok;
}

/** A link without cost needs coordinates at both ends. */
export function checkCost(ctx: CheckContext, path: string, link: Record<string, unknown>): void {
  if (link.cost !== undefined) return;
  const lacking = missingCoordinates(ctx.regions, String(link.from), String(link.to));
  if (lacking !== undefined) {
    report(ctx, `${path}.cost`, `missing, and region "${lacking}" has no lon/lat to compute it from`);
  }
}

/** Unknown ends, self-links, duplicates and uncomputable costs; returns the network. */
export function checkLinks(ctx: CheckContext, raw: unknown): Network {
  const network = new Network();
  (Array.isArray(raw) ? raw : []).forEach((link, i) => {
    const path = `links[${i}]`;
    if (!isPlainObject(link) || !checkEnds(ctx, path, link)) return;
    const from = String(link.from);
    const to = String(link.to);
    const earlier = network.indexOf(from, to);
    if (earlier !== undefined) {
      report(ctx, path, `duplicate link ${linkKey(from, to)} (also links[${earlier}])`);
      return;
    }
    checkCost(ctx, path, link);
    network.add({ from, to }, i);
  });
  return network;
}

/** Region ids and groups named by policy.relocationSubsidy (or a `set` of them). */
export function checkTargets(ctx: CheckContext, path: string, key: 'regions' | 'groups', value: unknown): void {
  if (!Array.isArray(value) || !ctx.regionsValid) return;
  const known = key === 'regions' ? ctx.ids : ctx.groups;
  const what = key === 'regions' ? 'region' : 'group';
  value.forEach((name, i) => {
    if (typeof name === 'string' && !known.has(name)) {
      report(ctx, `${path}[${i}]`, `unknown ${what} "${name}"${didYouMean(name, known)}`);
    }
  });
}
