// The surface every experiment kind shares. A kind is a folder of src/experiment (replications/,
// compare/, sweep/, calibration/, sensitivity/) with the same few parts: its design as a list
// of runs (a PlannedExperiment of distribute/distribute.ts: plan its runs, make one), its
// aggregate step from the folder alone, and its printed text; its report page is in
// src/report/kinds/. kinds.ts lists the kinds that distribute/merge.ts can aggregate.
import type { Design } from './folders/folder.ts';

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

export interface ExperimentOptions {
  out: string;
  workers: number;
  /** Empty `out` first instead of resuming it. */
  fresh?: boolean;
  /** A progress display for `total` runs still to do. */
  progress?: (total: number) => Progress;
}

export interface AggregateContext {
  /** performance.now() when the merge began (for the manifest's wall time). */
  started: number;
  /** The shard count, when the folder's Slurm scripts say so (recorded in the manifest). */
  shards?: number;
  /** Whether a report.html will be written (the printed text names it). */
  withReport: boolean;
}

export interface ExperimentKind {
  /** design.json's "kind". */
  kind: string;
  /**
   * Writes the kind's aggregate files and manifest.json from the run folders, exactly as a
   * local run of the same design does, and returns the text to print. `design` is
   * design.json without its designHash field.
   */
  aggregate(out: string, design: Design, context: AggregateContext): string;
  /**
   * What the merged folder still needs: 'report' (the default) when the merge completes it
   * and its report is written; 'resume' when the merge ends one phase and the experiment
   * command, run again on the folder, does the rest and writes the report (a calibration's
   * search, which cannot be split).
   */
  after?: 'report' | 'resume';
}
