// Reading results files with errors that name the file and the field.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { InputError } from './errors.ts';

/** One CSV record: numbers cast, empty cells null, text columns kept as text. */
export type CsvRow = Record<string, number | string | null>;

export interface CsvTable {
  file: string;
  columns: string[];
  rows: CsvRow[];
}

/** Columns that hold names and ids: never cast ("01" stays a region id, not 1). */
const TEXT_COLUMNS = new Set(['region', 'group', 'outcome', 'scenario', 'from', 'to', 'origin_group']);

export function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

export function isDir(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

function readText(file: string): string {
  if (!isFile(file)) throw new InputError(`${file}: file not found`);
  return readFileSync(file, 'utf8');
}

/** Numbers as numbers, empty cells as null, anything else as text (e.g. a sweep's "equalization"). */
function castCell(value: string, column: string): number | string | null {
  if (TEXT_COLUMNS.has(column)) return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isNaN(n) && trimmed !== 'NaN' ? value : n;
}

/** Reads a CSV with a header row; `required` columns must be present. */
export function readCsv(file: string, required: readonly string[] = []): CsvTable {
  const text = readText(file);
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    throw new InputError(`${file}: not valid CSV (${(err as Error).message.split('\n')[0]})`);
  }
  const [header = [], ...body] = records;
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new InputError(`${file}: missing column "${missing[0]}"`);
  const rows = body.map((cells) => {
    const row: CsvRow = {};
    header.forEach((col, i) => (row[col] = castCell(cells[i] ?? '', col)));
    return row;
  });
  return { file, columns: header, rows };
}

/** Reads a JSON file; a parse error names the file. */
export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** Reads a JSON object, or returns undefined when the file is absent. */
export function readJsonObjectIfExists(file: string): Record<string, unknown> | undefined {
  if (!isFile(file)) return undefined;
  const value = readJson(file);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`${file}: expected a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** Reads a JSON object that must exist. */
export function readJsonObject(file: string): Record<string, unknown> {
  const value = readJsonObjectIfExists(file);
  if (value === undefined) throw new InputError(`${file}: file not found`);
  return value;
}
