// Checks of the schedule on the merged scenario: dates within the run, keys that exist and
// may change during a run, values within their schema, and link changes that make sense
// given the network at that date (replayed in date order).
import { checkCost, checkEnds, checkTargets, report, type CheckContext } from './checks.ts';
import { isPlainObject } from './merge.ts';
import { linkKey, type Network } from './network.ts';
import { SETTABLE_KEYS, schemaAt, validatorAt } from './schema.ts';
import { schemaProblems } from './schema-errors.ts';
import { didYouMean } from './suggest.ts';

/** Keys that size the agent population: fixed once a run starts. */
export const STRUCTURAL_KEYS = [
  'params.laborAgents',
  'params.firmsPerRegion',
  'params.investorsPerRegion',
  'params.skillBins',
];

/** Keys read only when building the initial state, so changing them later would do nothing. */
export const INITIAL_ONLY_KEYS = ['params.urbanRuralRatio', 'params.capitalOutputRatio', 'params.balancedStart', 'params.linkCostPerKm'];

type Entry = Record<string, unknown>;

/** Entry indices in date order; entries of one date keep the file's order. */
export function dateOrder(entries: unknown[]): number[] {
  const dated = entries
    .map((e, i) => ({ i, step: isPlainObject(e) ? e.step : undefined }))
    .filter((d): d is { i: number; step: number } => Number.isInteger(d.step));
  return dated.sort((a, b) => a.step - b.step || a.i - b.i).map((d) => d.i);
}

/** Why `key` cannot be set by the schedule, or undefined if it can. */
function setKeyProblem(key: string): string | undefined {
  const children = Object.keys(schemaAt(key)?.properties ?? {});
  if (children.length) return `is a group of keys: set each one, e.g. "${key}.${children[0]}"`;
  if (!SETTABLE_KEYS.includes(key)) return `unknown key${didYouMean(key, SETTABLE_KEYS)}`;
  if (STRUCTURAL_KEYS.includes(key)) return 'cannot change during a run (it sets how many agents there are)';
  if (INITIAL_ONLY_KEYS.includes(key)) return 'only shapes the initial state, so the schedule cannot change it';
  return undefined;
}

function isSetValue(v: unknown): boolean {
  return ['number', 'string', 'boolean'].includes(typeof v) || Array.isArray(v);
}

function checkSetKey(ctx: CheckContext, path: string, key: string, value: unknown): void {
  const problem = setKeyProblem(key);
  if (problem) return report(ctx, path, problem);
  // Values of no settable type at all were reported by the file's schema already.
  if (!isSetValue(value)) return;
  const validate = validatorAt(key);
  if (!validate(value)) {
    const found = schemaProblems(validate.errors, ctx.origins.fileOf(path));
    ctx.problems.push(...found.map((p) => ({ ...p, path: p.path ? `${path}.${p.path}` : path })));
    return;
  }
  const target = /^policy\.relocationSubsidy\.(regions|groups)$/.exec(key);
  if (target) checkTargets(ctx, path, target[1] as 'regions' | 'groups', value);
}

function checkLinkAction(ctx: CheckContext, network: Network, path: string, entry: Entry): void {
  for (const kind of ['addLink', 'removeLink', 'linkCost'] as const) {
    const link = entry[kind];
    const at = `${path}.${kind}`;
    if (!isPlainObject(link) || !checkEnds(ctx, at, link)) continue;
    const from = String(link.from);
    const to = String(link.to);
    const step = String(entry.step);
    if (kind === 'addLink') {
      if (network.has(from, to)) report(ctx, at, `link ${linkKey(from, to)} already exists at step ${step}`);
      else checkCost(ctx, at, link);
      network.add({ from, to }, -1);
    } else if (!network.has(from, to)) {
      report(ctx, at, `no link ${linkKey(from, to)} exists at step ${step}`);
    } else if (kind === 'removeLink') {
      network.remove(from, to);
    }
  }
}

/** Every problem of the schedule, given the valid regions and the initial network. */
export function checkSchedule(ctx: CheckContext, raw: unknown, steps: unknown, network: Network): void {
  const entries = Array.isArray(raw) ? raw : [];
  for (const i of dateOrder(entries)) {
    const entry = entries[i] as Entry;
    const path = `schedule[${i}]`;
    if (Number.isInteger(steps) && (entry.step as number) > (steps as number)) {
      report(ctx, `${path}.step`, `must be within 1..${String(steps)}, the steps of the run (got ${String(entry.step)})`);
    }
    if (isPlainObject(entry.set)) {
      for (const [key, value] of Object.entries(entry.set)) checkSetKey(ctx, `${path}.set.${key}`, key, value);
    }
    checkLinkAction(ctx, network, path, entry);
  }
}
