// buildReport: detect the folder's kind, build its document, write one self-contained
// report.html atomically (a temporary sibling renamed into place).
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomically } from '../io/atomic.ts';
import { detectKind, type ReportKind } from './detect.ts';
import { renderPage, type ReportDoc } from './page.ts';
import { runReport } from './kinds/run.ts';
import { replicationsReport } from './kinds/replications.ts';
import { comparisonReport } from './kinds/comparison.ts';
import { sweepReport } from './kinds/sweep.ts';
import { sensitivityReport } from './kinds/sensitivity.ts';
import { calibrationReport } from './kinds/calibration.ts';
import { backtestReport } from './kinds/backtest.ts';
import { isDir } from './files.ts';
import { InputError } from './errors.ts';

export interface ReportOptions {
  /** Where to write the page; default `<dir>/report.html`. */
  out?: string;
}

const BUILDERS: Record<ReportKind, (dir: string) => ReportDoc> = {
  run: runReport,
  replications: replicationsReport,
  comparison: comparisonReport,
  sweep: sweepReport,
  sensitivity: sensitivityReport,
  calibration: calibrationReport,
  backtest: backtestReport,
};

/** The report document of a results folder, without writing anything. */
export function reportDoc(dir: string): ReportDoc {
  return BUILDERS[detectKind(dir)](dir);
}

/** The complete HTML page of a results folder. */
export function renderReport(dir: string): string {
  return renderPage(reportDoc(dir));
}

/** Builds the report of results folder `dir` and returns the path of the written page. */
export async function buildReport(dir: string, options: ReportOptions = {}): Promise<string> {
  const html = renderReport(dir);
  const out = resolve(options.out ?? join(dir, 'report.html'));
  if (!isDir(dirname(out))) throw new InputError(`${out}: the folder to write the report into does not exist`);
  writeFileAtomically(out, html);
  return out;
}
