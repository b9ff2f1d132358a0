import { describe, expect, it } from 'vitest';
import { getPath, setPath } from '../../src/scenario/index.ts';
import { deepMerge } from '../../src/scenario/merge.ts';
import { closestMatch } from '../../src/scenario/suggest.ts';

describe('getPath / setPath', () => {
  it('read and write dotted keys, creating objects on the way', () => {
    const obj: Record<string, unknown> = { policy: { transfers: { rate: 0.5 } } };
    expect(getPath(obj, 'policy.transfers.rate')).toBe(0.5);
    expect(getPath(obj, 'policy.nothing.here')).toBeUndefined();
    setPath(obj, 'policy.transfers.rate', 0.9);
    setPath(obj, 'params.alpha', 0.3);
    expect(obj).toEqual({ policy: { transfers: { rate: 0.9 } }, params: { alpha: 0.3 } });
  });
});

describe('deepMerge', () => {
  it('merges objects, replaces arrays and scalars, and shares nothing with its inputs', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const over = { a: { c: [3] }, e: { f: true } };
    const merged = deepMerge(base, over);
    expect(merged).toEqual({ a: { b: 1, c: [3] }, d: 'x', e: { f: true } });
    (merged.a.c as number[]).push(4);
    expect(over.a.c).toEqual([3]);
    expect(base.a.c).toEqual([1, 2]);
  });
});

describe('closestMatch', () => {
  it('suggests near misses, truncations and case slips, but not unrelated words', () => {
    expect(closestMatch('alpah', ['alpha', 'delta'])).toBe('alpha');
    expect(closestMatch('equal', ['equalization', 'per-capita', 'none'])).toBe('equalization');
    expect(closestMatch('MigrationCost', ['migrationCost'])).toBe('migrationCost');
    expect(closestMatch('Z', ['A', 'B'])).toBeUndefined();
    expect(closestMatch('population', ['alpha', 'delta'])).toBeUndefined();
  });
});
