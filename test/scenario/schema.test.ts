// scenarios/schema.json against the code's defaults: the same keys, the same defaults,
// and the ranges MODEL.md and the brief ask for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, DEFAULT_POLICY, DEFAULT_SEED, DEFAULT_STEPS } from '../../src/scenario/index.ts';

interface Node {
  $ref?: string;
  type?: string;
  default?: unknown;
  properties?: Record<string, Node>;
  additionalProperties?: unknown;
  [k: string]: unknown;
}
const schema = JSON.parse(readFileSync('scenarios/schema.json', 'utf8')) as Node & { definitions: Record<string, Node> };
const def = (name: string) => schema.definitions[name];

/** Every dotted leaf key of an object of defaults. */
function leaves(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function schemaLeaves(node: Node, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([k, v]) => (v.properties ? schemaLeaves(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function nodeAt(root: Node, key: string): Node {
  return key.split('.').reduce<Node>((n, k) => (n.properties as Record<string, Node>)[k], root);
}

describe('scenarios/schema.json', () => {
  it('has every key of DEFAULT_PARAMS and no other', () => {
    expect(schemaLeaves(def('params')).sort()).toEqual(leaves(DEFAULT_PARAMS).sort());
  });

  it('has every key of DEFAULT_POLICY and no other', () => {
    expect(schemaLeaves(def('policy')).sort()).toEqual(leaves(DEFAULT_POLICY).sort());
  });

  it('states the same defaults as defaults.ts, for editors to show', () => {
    for (const key of leaves(DEFAULT_PARAMS)) expect(nodeAt(def('params'), key).default, key).toEqual((DEFAULT_PARAMS as Record<string, unknown>)[key]);
    for (const key of leaves(DEFAULT_POLICY)) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DEFAULT_POLICY);
      expect(nodeAt(def('policy'), key).default, key).toEqual(value);
    }
    expect(schema.properties?.steps.default).toBe(DEFAULT_STEPS);
    expect(schema.properties?.seed.default).toBe(DEFAULT_SEED);
  });

  it('forbids unknown keys in every object', () => {
    const objects: Node[] = [schema, ...Object.values(schema.definitions)].filter((n) => n.type === 'object');
    const nested = objects.flatMap((n) => Object.values(n.properties ?? {}).filter((p) => p.type === 'object' && p.properties));
    for (const node of [...objects, ...nested]) {
      if (node.properties) expect(node.additionalProperties).toBe(false);
    }
  });

  it('uses the ranges of the brief: alpha, ruralLaborShare open (0,1); delta (0,1]; population > 0', () => {
    for (const key of ['alpha', 'ruralLaborShare']) {
      expect(def('params').properties?.[key]).toMatchObject({ exclusiveMinimum: 0, exclusiveMaximum: 1 });
    }
    expect(def('params').properties?.delta).toMatchObject({ exclusiveMinimum: 0, maximum: 1 });
    expect(def('region').properties?.population).toMatchObject({ exclusiveMinimum: 0 });
    expect(def('policy').properties?.transfers.properties?.formula.enum).toEqual(['equalization', 'per-capita', 'none']);
  });

  it('makes integers of the counts', () => {
    for (const key of ['exitYears', 'candidates', 'firmsPerRegion', 'investorsPerRegion', 'laborAgents', 'skillBins']) {
      expect(def('params').properties?.[key].type, key).toBe('integer');
    }
  });
});
