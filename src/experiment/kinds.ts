// The experiment kinds `factorflow merge` can aggregate, by design.json's "kind". A kind
// whose design is a list of runs joins the mechanism of distribute.ts with two things:
// a PlannedExperiment (its runs, in a fixed order, and how to make each) for --plan and
// --shard, and an entry here that writes its aggregate files from the folder alone.
// See docs/cluster.md, "Adding an experiment kind".
import { aggregateDesign, designText } from './calibration/design-phase.ts';
import type { StoredCalibrationDesign } from './calibration/experiment.ts';
import { aggregateComparison, type StoredComparisonDesign } from './comparison-experiment.ts';
import type { Design } from './folder.ts';
import { aggregateReplications, type StoredReplicationsDesign } from './replications.ts';
import { aggregateSensitivity } from './sensitivity/aggregate.ts';
import type { StoredSensitivityDesign } from './sensitivity/experiment.ts';
import { sensitivityText } from './sensitivity/text.ts';
import { aggregateSweep, type StoredSweepDesign } from './sweep.ts';
import { comparisonText, replicationsText, sweepText } from './text.ts';

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

const KINDS: ExperimentKind[] = [
  {
    kind: 'sweep',
    aggregate: (out, design, c) => {
      const d = design as StoredSweepDesign;
      const last = aggregateSweep(out, d, c);
      const runs = d.points.length * d.seeds.length;
      return sweepText({ keys: d.keys, points: d.points }, { out, ran: 0, runs, last, carried: { mode: 'all', designHash: '', total: runs, selected: runs, ran: 0 } }, c.withReport);
    },
  },
  {
    kind: 'replications',
    aggregate: (out, design, c) => replicationsText({ ...aggregateReplications(out, design as StoredReplicationsDesign, c), ran: 0 }, c.withReport),
  },
  {
    kind: 'comparison',
    aggregate: (out, design, c) => {
      const { baseline, comparison } = aggregateComparison(out, design as StoredComparisonDesign, c);
      const d = design as StoredComparisonDesign;
      return `${comparisonText(baseline, comparison, d.at ?? [comparison.steps[comparison.steps.length - 1]])}\n`
        + `Results: ${out}/ (comparison.csv, comparison.json${c.withReport ? ', report.html' : ''})`;
    },
  },
  {
    // Analysed for the outcomes recorded when it was planned (outcomes.json).
    kind: 'sensitivity',
    aggregate: (out, design, c) => {
      const a = aggregateSensitivity(out, design as StoredSensitivityDesign, c);
      const runs = a.plan.runs.length;
      return sensitivityText(a.plan, a.outcomes, { out, ran: 0, runs, rows: a.rows, undefinedRuns: a.undefinedRuns, seconds: a.seconds }, c.withReport);
    },
  },
  {
    // The design phase only: the candidates ranked (design-evaluations.csv). The search
    // cannot be split; `factorflow calibrate` on the folder runs it (docs/cluster.md), and
    // writes manifest.json and the report when the calibration is complete.
    kind: 'calibration',
    after: 'resume',
    aggregate: (out, design) => {
      const d = design as StoredCalibrationDesign;
      return designText(out, d, aggregateDesign(out, d));
    },
  },
];

export const experimentKind = (kind: unknown): ExperimentKind | undefined => KINDS.find((k) => k.kind === kind);

export const KIND_NAMES = KINDS.map((k) => k.kind);
