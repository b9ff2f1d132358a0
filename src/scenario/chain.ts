// Reads a scenario file and the files it extends, checking each against the schema.
import { didYouMean } from './suggest.ts';
import { parseJsonText } from './json-text.ts';
import { isPlainObject } from './merge.ts';
import { show, type Problem } from './problems.ts';
import { validateFileSchema } from './schema.ts';
import { schemaProblems } from './schema-errors.ts';
import { isBundledName, type ScenarioSource } from './source.ts';

/** One file of the chain and its parsed content. */
export interface Layer {
  file: string;
  data: Record<string, unknown>;
}

export interface Chain {
  /** The requested file first, then what it extends, and so on. */
  layers: Layer[];
  problems: Problem[];
  /** False when a file could not be read or parsed, or extends went round in a cycle. */
  complete: boolean;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Where a reference points, or a problem saying why it points nowhere. */
function locate(ref: string, from: string | undefined, src: ScenarioSource): string | Problem {
  const where = { file: from ?? ref, path: from ? 'extends' : '' };
  if (!isBundledName(ref)) return src.resolvePath(from, ref);
  const names = src.bundledNames?.();
  if (names && !names.includes(ref)) {
    // Without a near miss, say what exists and how to name a file instead.
    const hint = didYouMean(ref, names) || ` (bundled: ${names.join(', ')}; a file needs a folder or ".json", e.g. ./${ref}.json)`;
    return { ...where, message: `no bundled scenario named "${ref}"${hint}` };
  }
  return src.bundledPath(ref);
}

/** Reads, parses and schema-checks one file; the layer is there if the file is an object. */
function readLayer(
  file: string,
  from: string | undefined,
  ref: string,
  src: ScenarioSource,
): { layer?: Layer; problems: Problem[] } {
  let text: string;
  try {
    text = src.read(file);
  } catch (err) {
    const problem = from
      ? { file: from, path: 'extends', message: `cannot read "${ref}" (${reason(err)})` }
      : { file, path: '', message: `cannot read file (${reason(err)})` };
    return { problems: [problem] };
  }
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  if (!isPlainObject(parsed.value)) {
    return { problems: [{ file, path: '', message: `must be a JSON object (got ${show(parsed.value)})` }] };
  }
  validateFileSchema(parsed.value);
  return { layer: { file, data: parsed.value }, problems: schemaProblems(validateFileSchema.errors, file) };
}

/**
 * Follows `extends` from `ref`. A file with schema problems is still followed, so that
 * every file's problems are reported at once; a cycle or an unreadable file ends the chain.
 */
export function readChain(ref: string, src: ScenarioSource): Chain {
  const layers: Layer[] = [];
  const problems: Problem[] = [];
  let next: string | undefined = ref;
  let from: string | undefined;
  while (next !== undefined) {
    const file = locate(next, from, src);
    if (typeof file !== 'string') return { layers, problems: [...problems, file], complete: false };
    const seen = layers.map((l) => l.file);
    if (seen.includes(file)) {
      const cycle = [...seen.slice(seen.indexOf(file)), file].join(' → ');
      problems.push({ file: from ?? file, path: 'extends', message: `extends cycle: ${cycle}` });
      return { layers, problems, complete: false };
    }
    const { layer, problems: found } = readLayer(file, from, next, src);
    problems.push(...found);
    if (!layer) return { layers, problems, complete: false };
    layers.push(layer);
    from = file;
    next = typeof layer.data.extends === 'string' ? layer.data.extends : undefined;
  }
  return { layers, problems, complete: true };
}
