// Issue 10: the scenario loader and the --set parser under generated input (fast-check,
// fixed seed, 10,000 inputs in all). Every outcome is a valid scenario or a ScenarioError:
// no other exception, no hang, whatever the file or the override says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, ScenarioError, SETTABLE_KEYS_FOR_TESTS } from './fuzz-helpers.ts';
import { memorySource, TWO_REGIONS } from './memory-source.ts';

const SEED = 20261201;
const BASE = { name: 'base', steps: 5, params: { laborAgents: 100 }, regions: TWO_REGIONS, links: [{ from: 'A', to: 'B' }] };

/** Loads `files['main.json']` with `overrides`; returns 'ok' or 'rejected', throws anything else. */
function outcome(files: Record<string, unknown>, overrides: string[] = []): 'ok' | 'rejected' {
  try {
    const { scenario } = loadScenario('main.json', { ...memorySource(files, { base: BASE }), overrides });
    // A loaded scenario is whole: its regions, steps and seed are there and usable.
    expect(scenario.regions.length).toBeGreaterThan(0);
    expect(Number.isInteger(scenario.steps) && scenario.steps >= 1).toBe(true);
    expect(Number.isInteger(scenario.seed) && scenario.seed >= 0).toBe(true);
    return 'ok';
  } catch (err) {
    if (err instanceof ScenarioError) {
      expect(err.problems.length).toBeGreaterThan(0);
      return 'rejected';
    }
    throw err;
  }
}

const key = fc.oneof(
  fc.constantFrom(...SETTABLE_KEYS_FOR_TESTS, 'seed', 'steps', 'name', 'regions', 'links', 'schedule', 'extends', '__proto__', 'constructor', 'params.__proto__'),
  fc.string({ maxLength: 20 }),
);
const value = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.double(), fc.integer(), fc.string({ maxLength: 30 }));
const opts = (numRuns: number) => ({ seed: SEED, numRuns });

describe('fuzz: scenario loader and --set', () => {
  it('arbitrary file texts (2,500)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v).slice(0, -1)),
      fc.integer({ min: 60, max: 300 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
    );
    fc.assert(fc.property(text, (t) => void outcome({ 'main.json': t })), opts(2500));
  });

  it('a valid scenario with one key replaced by anything (2,500)', () => {
    fc.assert(fc.property(key, value, (k, v) => {
      const file: Record<string, unknown> = structuredClone({ ...BASE, extends: undefined });
      const parts = k.split('.');
      let cur = file;
      for (const p of parts.slice(0, -1)) {
        if (typeof cur[p] !== 'object' || cur[p] === null) cur[p] = {};
        cur = cur[p] as Record<string, unknown>;
      }
      Object.defineProperty(cur, parts[parts.length - 1], { value: v, enumerable: true, writable: true, configurable: true });
      outcome({ 'main.json': JSON.stringify(file) });
    }), opts(2500));
  });

  it('files that extend each other, bundled names and odd paths (2,500)', () => {
    const ref = fc.oneof(fc.constantFrom('base', 'main.json', 'other.json', '../x.json', '/dev/zero', ''), fc.string({ maxLength: 15 }));
    fc.assert(fc.property(ref, ref, value, (a, b, v) => {
      outcome({ 'main.json': { extends: a, steps: v }, 'other.json': { extends: b } });
    }), opts(2500));
  });

  it('--set KEY=VALUE overrides of anything (2,500)', () => {
    const raw = fc.oneof(
      fc.tuple(key, value).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(fc.property(fc.array(raw, { maxLength: 3 }), (sets) => void outcome({ 'main.json': { extends: 'base' } }, sets)), opts(2500));
  });
});
