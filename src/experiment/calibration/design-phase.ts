// The end of a calibration's design phase, from the folder alone (design.json and the run
// folders): every candidate's objective (the method of simulated moments against the
// targets recorded in design.json) and their ranking, written to design-evaluations.csv.
// A local calibration calls it after the design's runs and before the search; `factorflow
// merge` calls it after the shards' (kinds.ts): the same code on the same files gives the
// same bytes, and the search that `factorflow calibrate` then runs on the folder starts from
// the same evaluations.
import { join } from 'node:path';
import { csvHeader, csvLine } from '../../io/csv.ts';
import { fmt, textTable } from '../summary/text.ts';
import { withStreams } from '../folders/stream-file.ts';
import { readEvaluation, type Evaluation } from './evaluate.ts';
import { designCandidates, type StoredCalibrationDesign } from './experiment.ts';

export const DESIGN_EVALUATIONS = 'design-evaluations.csv';

/** Best first: lowest objective, ties to the earlier evaluation (the order the search's starts are taken in). */
export const ranked = (evaluations: readonly Evaluation[]): Evaluation[] =>
  [...evaluations].sort((a, b) => a.objective - b.objective || a.index - b.index);

/** The design's evaluations read back from their run folders, and design-evaluations.csv. */
export function aggregateDesign(out: string, design: StoredCalibrationDesign): Evaluation[] {
  const ctx = { out, seeds: design.seeds, moments: design.moments };
  const evaluations = designCandidates(design.points).map((c, k) => readEvaluation(ctx, c, k + 1));
  const order = ranked(evaluations);
  withStreams([join(out, DESIGN_EVALUATIONS)], ([file]) => {
    file.write(csvHeader(['evaluation', 'rank', 'start', ...design.keys, 'objective', ...design.moments.map((m) => m.id)]));
    for (const e of evaluations) {
      const rank = order.indexOf(e) + 1;
      file.write(csvLine([e.index, rank, rank <= design.settings.starts ? rank : '', ...e.values, e.objective, ...e.simulated]));
    }
  });
  return evaluations;
}

/** What merge prints: the candidates ranked, and what to run next (the search). */
export function designText(out: string, design: StoredCalibrationDesign, evaluations: readonly Evaluation[], shown = 10): string {
  const order = ranked(evaluations);
  const { starts } = design.settings;
  const rows = order.slice(0, shown).map((e, k) => [
    String(k + 1), String(e.index), ...e.values.map((v) => fmt(v, 6)), fmt(e.objective), k < starts ? `chain ${k + 1}` : '',
  ]);
  const more = order.length > shown ? [`… ${order.length - shown} more in ${DESIGN_EVALUATIONS}`] : [];
  return [
    `calibration design: ${evaluations.length} candidates × ${design.seeds.length} replications (seeds ${design.seeds.join(', ')}), ranked by the objective`,
    'objective = Σ over moments of weight × (mean simulated − observed)², against the targets ' + `${design.targets} (${design.moments.length} moments); 0 = every target met`,
    textTable(['rank', 'evaluation', ...design.keys, 'objective', 'search start'], rows),
    ...more,
    `Results: ${out}/ (${DESIGN_EVALUATIONS}, design-runs.csv, runs/)`,
    `Next: the search (Nelder–Mead from the ${Math.min(starts, evaluations.length)} best candidates; it cannot be split into shards): run the same factorflow calibrate command without --plan/--shard, with --out ${out}, locally or as one Slurm job; it finds the design complete and runs only the search and the profiles.`,
  ].join('\n');
}
