// The run list of an experiment (plan.csv): one line per run with a stable index, the run's
// folder, its seed and the hash of its resolved scenario. Written with the design at the
// start of every experiment (locally, with --plan, or before a Slurm array), it is what
// `--shard I/N` selects from and what `factorflow merge` checks the folder against, without
// needing the scenario files: a run is complete when its manifest names the same seed and
// scenario hash (task.ts's resume marker).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeFileAtomically } from '../../io/atomic.ts';
import { csvHeader, csvLine, type Cell } from '../../io/csv.ts';
import { InputError } from '../errors.ts';

export const PLAN_FILE = 'plan.csv';

export interface PlannedRun {
  /** 1-based, the line of plan.csv: the same for every shard count. */
  index: number;
  /** The run's folder relative to the experiment folder, with forward slashes. */
  dir: string;
  seed: number;
  /** scenarioHash of the run's resolved scenario (seed included), as its manifest records it. */
  scenarioHash: string;
  /** Columns that say what the run is (point, rep, factor values...), the same for every run. */
  labels: Record<string, Cell>;
}

const BASE_COLUMNS = ['run', 'dir', 'seed', 'scenario_hash'] as const;

export function writePlan(out: string, runs: readonly PlannedRun[]): void {
  const labels = Object.keys(runs[0]?.labels ?? {});
  const lines = runs.map((r) => csvLine([r.index, r.dir, r.seed, r.scenarioHash, ...labels.map((l) => r.labels[l])]));
  writeFileAtomically(join(out, PLAN_FILE), csvHeader([...BASE_COLUMNS, ...labels]) + lines.join(''));
}

/** plan.csv read back (labels as text). @throws InputError naming the file and the field */
export function readPlan(out: string): PlannedRun[] {
  const file = join(out, PLAN_FILE);
  if (!existsSync(file)) throw new InputError(`${file}: file not found (plan the experiment first: the same command with --plan)`);
  const [header, ...rows] = parse(readFileSync(file, 'utf8'), { skip_empty_lines: true }) as string[][];
  const missing = BASE_COLUMNS.find((c) => !header?.includes(c));
  if (missing) throw new InputError(`${file}: missing column "${missing}"`);
  const at = (row: string[], c: string) => row[header.indexOf(c)];
  return rows.map((row, i) => {
    const index = Number(at(row, 'run'));
    if (index !== i + 1) throw new InputError(`${file}: line ${i + 2}: field "run" is ${at(row, 'run')}, expected ${i + 1}`);
    const labels = Object.fromEntries(header.filter((c) => !(BASE_COLUMNS as readonly string[]).includes(c)).map((c) => [c, at(row, c)]));
    return { index, dir: at(row, 'dir'), seed: Number(at(row, 'seed')), scenarioHash: at(row, 'scenario_hash'), labels };
  });
}

/** Is the run's folder complete: a run manifest with the planned seed and scenario hash? */
export function isComplete(out: string, run: PlannedRun): boolean {
  const file = join(out, run.dir, 'manifest.json');
  if (!existsSync(file)) return false;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string; seed?: number; scenarioHash?: string };
    return m.kind === 'run' && m.seed === run.seed && m.scenarioHash === run.scenarioHash;
  } catch {
    return false;
  }
}
