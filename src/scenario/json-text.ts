// Parses a scenario file's text, turning a syntax error into "line L, column C: why".
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import type { Problem } from './problems.ts';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJsonText(rawText: string, file: string): Parsed {
  // Some editors start UTF-8 files with a byte-order mark; it is not content.
  const text = rawText.replace(/^\uFEFF/, '');
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    return { ok: false, problem: { file, path: '', message: `line ${line}, column ${column}: nested more than ${MAX_JSON_DEPTH} levels deep` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const found = findJsonSyntaxError(text);
    let where = (err instanceof Error ? err.message : String(err)).slice(0, 120);
    if (found) {
      const { line, column } = lineColumn(text, found.offset);
      where = `line ${line}, column ${column}: ${found.message}`;
    }
    return { ok: false, problem: { file, path: '', message: `not valid JSON: ${where}` } };
  }
}
