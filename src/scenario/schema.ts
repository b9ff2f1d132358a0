// The scenario schema (scenarios/schema.json) compiled once. The validator, the editors
// and the docs all read that one file, so they cannot drift apart.
import AjvModule, { type ValidateFunction } from 'ajv';
import schemaJson from '../../scenarios/schema.json' with { type: 'json' };

/** A JSON Schema node, as far as this code reads it. */
export interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  oneOf?: { required?: string[] }[];
  default?: unknown;
  description?: string;
}

export const SCENARIO_SCHEMA = schemaJson as unknown as SchemaNode & {
  definitions: Record<string, SchemaNode>;
};

const SCHEMA_KEY = 'scenario';
const Ajv = AjvModule.default;
const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });
ajv.addSchema(SCENARIO_SCHEMA, SCHEMA_KEY);

/** Validates a whole scenario file. */
export const validateFileSchema = ajv.getSchema(SCHEMA_KEY) as ValidateFunction;

/** Follows a local `$ref` (`#/definitions/x`) to its node. */
export function deref(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  return SCENARIO_SCHEMA.definitions[name];
}

/** JSON pointer of the schema node at a dotted key (`params.alpha`), or undefined. */
function pointerOf(dottedKey: string): string | undefined {
  let node: SchemaNode = SCENARIO_SCHEMA;
  let pointer = '';
  for (const part of dottedKey.split('.')) {
    if (node.$ref) pointer = node.$ref.slice(1);
    node = deref(node);
    // Own keys only: `__proto__` or `constructor` is not a key of the schema.
    const child = node.properties && Object.hasOwn(node.properties, part) ? node.properties[part] : undefined;
    if (!child) return undefined;
    pointer += `/properties/${part}`;
    node = child;
  }
  return pointer;
}

/** The schema node at a dotted key, `$ref` followed, or undefined for an unknown key. */
export function schemaAt(dottedKey: string): SchemaNode | undefined {
  const pointer = pointerOf(dottedKey);
  if (pointer === undefined) return undefined;
  let node: SchemaNode = SCENARIO_SCHEMA;
  for (const part of pointer.split('/').slice(1)) {
    node = (node as unknown as Record<string, SchemaNode>)[part];
  }
  return deref(node);
}

/** A validator for the value at a dotted key (the key must be known). */
export function validatorAt(dottedKey: string): ValidateFunction {
  const pointer = pointerOf(dottedKey);
  const fn = pointer === undefined ? undefined : ajv.getSchema(`${SCHEMA_KEY}#${pointer}`);
  if (!fn) throw new Error(`no schema for key "${dottedKey}"`);
  return fn;
}

/** Dotted keys of every leaf (non-object value) under a node, e.g. `policy.transfers.rate`. */
export function leafKeys(prefix: string): string[] {
  const node = schemaAt(prefix);
  if (!node?.properties) return [prefix];
  return Object.keys(node.properties).flatMap((k) => leafKeys(`${prefix}.${k}`));
}

/** Keys a schedule `set` may name: every leaf of params and policy. */
export const SETTABLE_KEYS: readonly string[] = [...leafKeys('params'), ...leafKeys('policy')];
