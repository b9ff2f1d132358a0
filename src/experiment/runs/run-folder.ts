// Reading back what a run wrote: its national rows and run-level figures. Aggregates are
// always computed from these files (written with full double precision, so nothing is
// lost), which keeps memory bounded and makes a comparison of past folders give the same
// numbers as one that ran them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { NATIONAL_COLUMNS, NATIONAL_COLUMNS_SINCE_CHANNELS } from '../../engine/index.ts';
import { InputError } from '../errors.ts';
import { OUTCOMES, runFigures, type Outcome, type RunFigure } from './outcomes.ts';

export interface RunData {
  dir: string;
  scenario: string;
  seed: number;
  steps: number[];
  /** values[outcome][k]: the outcome at steps[k]. */
  values: Record<Outcome, number[]>;
  figures: Record<RunFigure, number>;
  /** summary.json's warnings (none in folders written before runs had them). */
  warnings: string[];
}

function readJsonFile(file: string): Record<string, unknown> {
  if (!existsSync(file)) throw new InputError(`${file}: file not found`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** A number as factorflow writes it (shortest round-trip form), or an empty cell (NaN). */
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function parseCsv(file: string): CsvRecord[] {
  try {
    return parse(readFileSync(file, 'utf8'), { skip_empty_lines: true, info: true }) as unknown as CsvRecord[];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    // csv-parse names the line; a truncated or hand-edited file is the user's to fix.
    const why = (e.message ?? String(err)).replace(/^Invalid Record Length: /, '').slice(0, 160);
    throw new InputError(`${file}: ${e.lines ? `line ${e.lines}: ` : ''}not a valid CSV table (${why})`);
  }
}

/** The national.csv of a run as columns of numbers; a cell that is not a number is an error naming its place. */
export function readNational(file: string): { steps: number[]; values: Record<Outcome, number[]> } {
  if (!existsSync(file)) throw new InputError(`${file}: file not found`);
  const [head, ...rows] = parseCsv(file);
  const header = head?.record ?? [];
  // Folders written before the living-standards columns existed read them as NaN.
  const missing = NATIONAL_COLUMNS.find((c) => !header.includes(c) && !NATIONAL_COLUMNS_SINCE_CHANNELS.includes(c));
  if (missing) throw new InputError(`${file}: missing column "${missing}"`);
  const col = (name: string) => {
    const c = header.indexOf(name);
    if (c < 0) return rows.map(() => NaN);
    return rows.map(({ record, info }) => {
      const cell = record[c];
      if (cell === '') return NaN;
      if (cell === undefined || !NUMBER.test(cell)) {
        const shown = cell === undefined ? 'missing' : `${JSON.stringify(cell.slice(0, 30))} is not a number`;
        throw new InputError(`${file}: line ${info.lines}, column ${c + 1} (${name}): ${shown}`);
      }
      return Number(cell);
    });
  };
  const values = Object.fromEntries(OUTCOMES.map((o) => [o, col(o)])) as Record<Outcome, number[]>;
  return { steps: col('step'), values };
}

/** Numbers of summary.json; JSON null (NaN on write) reads back as NaN. */
function figuresOf(file: string, summary: Record<string, unknown>): Record<RunFigure, number> {
  const beta = summary.beta as Record<string, number | null> | undefined;
  const sigma = summary.sigma as Record<string, number | null> | undefined;
  if (!beta || !sigma) throw new InputError(`${file}: missing field "${beta ? 'sigma' : 'beta'}"`);
  const fix = (o: Record<string, number | null>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? NaN])) as never;
  return runFigures({ beta: fix(beta), sigma: fix(sigma) });
}

/** A run folder (national.csv + summary.json) read back. */
export function readRun(dir: string): RunData {
  const summaryFile = join(dir, 'summary.json');
  const summary = readJsonFile(summaryFile);
  if (typeof summary.seed !== 'number') throw new InputError(`${summaryFile}: missing field "seed"`);
  return {
    dir,
    scenario: String(summary.scenario ?? ''),
    seed: summary.seed,
    ...readNational(join(dir, 'national.csv')),
    figures: figuresOf(summaryFile, summary),
    warnings: Array.isArray(summary.warnings) ? summary.warnings.map(String) : [],
  };
}

export const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
