// docs/scenarios.md must describe every key with the default the code uses, and its
// example must be a valid scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, DEFAULT_POLICY, DEFAULT_SEED, DEFAULT_STEPS, getPath, validateScenario } from '../../src/scenario/index.ts';

const doc = readFileSync('docs/scenarios.md', 'utf8');

/** Table rows as cells, keyed by the first cell without backticks. */
const rows = new Map(
  doc
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, '')))
    .map((cells) => [cells[0], cells] as const),
);

function leaves(obj: object, prefix: string): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${prefix}.${k}`) : [`${prefix}.${k}`],
  );
}

const shown = (v: unknown) => (Array.isArray(v) ? JSON.stringify(v) : String(v));

describe('docs/scenarios.md', () => {
  const all = { params: DEFAULT_PARAMS, policy: DEFAULT_POLICY };
  const keys = [...leaves(DEFAULT_PARAMS, 'params'), ...leaves(DEFAULT_POLICY, 'policy')];

  it.each(keys)('has a row for %s with its default from defaults.ts', (key) => {
    const row = rows.get(key);
    expect(row, `no table row for ${key}`).toBeDefined();
    expect(row?.[1]).toBe(shown(getPath(all, key)));
  });

  it('has a row for every top-level key, steps and seed with their defaults', () => {
    for (const key of ['$schema', 'name', 'description', 'extends', 'params', 'policy', 'regions', 'links', 'schedule']) {
      expect(rows.has(key), key).toBe(true);
    }
    expect(rows.get('steps')?.[1]).toBe(String(DEFAULT_STEPS));
    expect(rows.get('seed')?.[1]).toBe(String(DEFAULT_SEED));
  });

  it('explains each schedule action', () => {
    for (const word of ['`set`', '`over`', '`addLink`', '`removeLink`', '`linkCost`']) expect(doc).toContain(word);
  });

  it("gives an example that validates", () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(validateScenario(JSON.parse(example ?? ''), 'example')).toEqual([]);
  });
});
