// Whatever a file holds, validation reports problems and never throws: a crash would
// surface as a stack trace instead of a message naming the file and the key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/index.ts';
import { TWO_REGIONS } from './memory-source.ts';

const valid = {
  steps: 5,
  regions: TWO_REGIONS,
  links: [{ from: 'A', to: 'B' }],
  schedule: [{ step: 2, set: { 'policy.floor': 0.2 } }, { step: 3, removeLink: { from: 'A', to: 'B' } }],
  policy: { relocationSubsidy: { regions: ['A'] } },
};

/** Paths into the valid scenario where a random value replaces what is there. */
const SPOTS = [
  ['steps'], ['params'], ['policy'], ['policy', 'transfers'], ['policy', 'relocationSubsidy'],
  ['policy', 'relocationSubsidy', 'regions'], ['regions'], ['regions', 0], ['regions', 1, 'id'],
  ['links'], ['links', 0], ['links', 0, 'to'], ['schedule'], ['schedule', 0], ['schedule', 0, 'set'],
  ['schedule', 1, 'removeLink'], ['schedule', 1], ['schedule', 0, 'step'],
] as const;

function replaced(path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = value;
  return copy;
}

describe('validateScenario on arbitrary content', () => {
  it('the unmodified scenario is valid (the control)', () => {
    expect(validateScenario(valid)).toEqual([]);
  });

  it('reports and does not throw, whatever replaces any part of a scenario', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SPOTS), fc.jsonValue(), (path, value) => {
        const problems = validateScenario(replaced(path, value));
        for (const p of problems) expect(typeof p.message).toBe('string');
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('does not throw on arbitrary top-level values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void validateScenario(value)), { numRuns: 200, seed: 7 });
  });
});
