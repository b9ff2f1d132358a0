// Turns ajv's errors into one plain sentence per problem, saying what was expected and
// what was found: "regions[3].population: must be a positive number (got -5)".
import type { ErrorObject } from 'ajv';
import { joinPath, show, type Problem } from './problems.ts';
import type { SchemaNode } from './schema.ts';
import { didYouMean } from './suggest.ts';

/** `/regions/3/population` → `['regions', 3, 'population']`. */
function segments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fmt(n: number): string {
  return String(n);
}

/** What a number node accepts, e.g. "a positive number", "a number in (0, 1]". */
function describeNumber(node: SchemaNode): string {
  const noun = node.type === 'integer' ? 'integer' : 'number';
  const a = noun === 'integer' ? 'an' : 'a';
  const lo = node.exclusiveMinimum ?? node.minimum;
  const hi = node.exclusiveMaximum ?? node.maximum;
  const loOpen = node.exclusiveMinimum !== undefined;
  const hiOpen = node.exclusiveMaximum !== undefined;
  if (lo !== undefined && hi !== undefined) {
    return `${a} ${noun} in ${loOpen ? '(' : '['}${fmt(lo)}, ${fmt(hi)}${hiOpen ? ')' : ']'}`;
  }
  if (lo === 0) return loOpen ? `a positive ${noun}` : `${a} ${noun} >= 0`;
  if (lo !== undefined) return `${a} ${noun} ${loOpen ? '>' : '>='} ${fmt(lo)}`;
  if (hi !== undefined) return `${a} ${noun} ${hiOpen ? '<' : '<='} ${fmt(hi)}`;
  return `${a} ${noun}`;
}

/** What a node accepts, in words. */
export function describe(node: SchemaNode): string {
  switch (node.type) {
    case 'number':
    case 'integer':
      return describeNumber(node);
    case 'string':
      return node.enum ? `one of ${node.enum.map((v) => show(v)).join(', ')}` : 'a string';
    case 'array':
      return node.items?.type === 'string' ? 'a list of strings' : 'a list';
    case 'object':
      return 'an object';
    case 'boolean':
      return 'true or false';
    default:
      return 'a number, a string, true/false or a list of strings';
  }
}

function expectedMessage(node: SchemaNode, data: unknown): string {
  if (typeof data === 'number' && !Number.isFinite(data)) {
    return `must be a finite number (got ${show(data)})`;
  }
  return `must be ${describe(node)} (got ${show(data)})`;
}

function oneOfMessage(node: SchemaNode, data: unknown): string {
  const keys = (node.oneOf ?? []).map((b) => b.required?.[0] ?? '?');
  const present = keys.filter((k) => typeof data === 'object' && data !== null && k in data);
  const got = present.length ? present.join(' and ') : 'none';
  return `must have exactly one of ${keys.join(', ')} (got ${got})`;
}

/** One error as [extra path segment, message]. */
function translate(e: ErrorObject): [string | undefined, string] {
  const node = e.parentSchema as SchemaNode;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return [key, `unknown key${didYouMean(key, Object.keys(node.properties ?? {}))}`];
    }
    case 'required':
      return [undefined, `missing required key "${String(p.missingProperty)}"`];
    case 'enum':
      return [undefined, `${expectedMessage(node, e.data)}${didYouMean(String(e.data), (node.enum ?? []).map(String))}`];
    case 'oneOf':
      return [undefined, oneOfMessage(node, e.data)];
    case 'dependencies':
      return [String(p.property), `only allowed together with "${String(p.deps)}"`];
    case 'minLength':
      return [undefined, 'must not be empty'];
    case 'minItems':
      return [undefined, `must have at least ${String(p.limit)} item(s)`];
    case 'minProperties':
      return [undefined, `must name at least ${String(p.limit)} key(s)`];
    case 'uniqueItems':
      return [undefined, `lists ${show((e.data as unknown[])[Number(p.j)])} twice`];
    case 'type':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'anyOf':
      return [undefined, expectedMessage(node, e.data)];
    default:
      return [undefined, e.message ?? 'is not valid'];
  }
}

/** ajv errors → problems, with the noise of oneOf/anyOf branches left out. */
export function schemaProblems(
  errors: ErrorObject[] | null | undefined,
  file: string,
  prefix: (string | number)[] = [],
): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors ?? []) {
    // A branch of oneOf/anyOf failing is expected; the oneOf/anyOf error itself says it all.
    if (/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath)) continue;
    const [extra, message] = translate(e);
    const segs = [...prefix, ...segments(e.instancePath)];
    if (extra !== undefined) segs.push(extra);
    const problem = { file, path: joinPath(segs), message };
    const id = `${problem.path}\n${message}`;
    if (!seen.has(id)) out.push(problem);
    seen.add(id);
  }
  return out;
}
