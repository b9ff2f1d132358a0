// Reading results files with errors that name the file and the field.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
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
  return parseCsv(file, readText(file), required);
}

/**
 * Reads only the header and the records whose step (first column) `keepStep` accepts,
 * in batches, so that a long run's files (a 100,000-step run's regions.csv is 72 MB) are
 * never held whole in memory. Records that do not start with a step are kept.
 */
export function readCsvSteps(file: string, required: readonly string[], keepStep: (step: number) => boolean): CsvTable {
  const rows: CsvRow[] = [];
  const columns = forEachCsvBatch(file, required, (batch) => rows.push(...batch), keepStep);
  return { file, columns, rows };
}

/**
 * Calls `fn` with the rows of `file`, a batch per 64 kB read (those whose step `keepStep`
 * accepts, if given), and returns the header. Memory stays that of one batch: a record is a
 * slice of its chunk's text and keeps all of it alive, so no record outlives its chunk.
 */
export function forEachCsvBatch(
  file: string, required: readonly string[], fn: (rows: CsvRow[]) => void, keepStep?: (step: number) => boolean,
): string[] {
  if (!isFile(file)) throw new InputError(`${file}: file not found`);
  let header: string | undefined;
  let columns: string[] = [];
  let batch: string[] = [];
  const flush = (): void => {
    if (header === undefined) return;
    const table = parseCsv(file, [header, ...batch].join('\n'), required);
    columns = table.columns;
    if (table.rows.length > 0) fn(table.rows);
    batch = [];
  };
  forEachRecord(file, (record) => {
    if (header === undefined) return void (header = record);
    const m = keepStep ? /^(\d+),/.exec(record) : null;
    if (m && !keepStep!(Number(m[1]))) return;
    batch.push(record);
  }, flush);
  flush();
  return columns;
}

/**
 * Calls `fn` with each newline-ended record of `file` (newlines inside quotes stay in it),
 * and `chunkDone` after the records of each 64 kB chunk.
 */
function forEachRecord(file: string, fn: (record: string) => void, chunkDone: () => void = () => {}): void {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 16);
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let inQuote = false;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const text = pending + decoder.decode(buffer.subarray(0, n), { stream: true });
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) inQuote = !inQuote;
        else if (c === 10 && !inQuote) {
          fn(text.slice(start, i));
          start = i + 1;
        }
      }
      // The unfinished record is scanned again with the next chunk: reset its quote state.
      pending = text.slice(start);
      inQuote = false;
      chunkDone();
    }
  } finally {
    closeSync(fd);
  }
  pending += decoder.decode();
  if (pending.trim() !== '') fn(pending);
}

function parseCsv(file: string, text: string, required: readonly string[]): CsvTable {
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
