// Copies the defaults of src/scenario/defaults.ts into the `default` fields of
// scenarios/schema.json (editors show them), after a default changes.
// Run: npx tsx scripts/sync-schema-defaults.ts   (test/scenario/schema.test.ts checks them)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARAMS, DEFAULT_POLICY, DEFAULT_SEED, DEFAULT_STEPS } from '../src/scenario/defaults.ts';

interface Node {
  default?: unknown;
  properties?: Record<string, Node>;
}

const FILE = fileURLToPath(new URL('../scenarios/schema.json', import.meta.url));

/** Sets `default` of every property of `node` that has a value in `defaults`; returns changes. */
function sync(node: Node, defaults: object, prefix: string): string[] {
  const changed: string[] = [];
  for (const [key, value] of Object.entries(defaults)) {
    const child = node.properties?.[key];
    if (!child) throw new Error(`${prefix}${key} is not in the schema`);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      changed.push(...sync(child, value, `${prefix}${key}.`));
    } else if (JSON.stringify(child.default) !== JSON.stringify(value)) {
      changed.push(`${prefix}${key}: ${JSON.stringify(child.default)} → ${JSON.stringify(value)}`);
      child.default = value;
    }
  }
  return changed;
}

const schema = JSON.parse(readFileSync(FILE, 'utf8')) as Node & { definitions: Record<string, Node> };
const changed = [
  ...sync(schema.definitions.params, DEFAULT_PARAMS, 'params.'),
  ...sync(schema.definitions.policy, DEFAULT_POLICY, 'policy.'),
  ...sync(schema, { steps: DEFAULT_STEPS, seed: DEFAULT_SEED }, ''),
];
writeFileSync(FILE, `${JSON.stringify(schema, null, 2)}\n`);
console.log(changed.length ? changed.join('\n') : 'schema defaults already match defaults.ts');
