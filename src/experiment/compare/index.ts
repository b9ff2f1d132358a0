// Comparisons (`factorflow compare BASELINE POLICY...`): policies against a baseline, paired
// by seed. The kind's surface: its runs (comparisonExperiment), the aggregate step from the
// folder alone (aggregateComparison) and its text; comparable.ts decides what may be compared.
import type { ExperimentKind } from '../kind.ts';
import { aggregateComparison, type StoredComparisonDesign } from './comparison-experiment.ts';
import { comparisonText } from './text.ts';

export { aggregateComparison, comparisonDesign, comparisonExperiment, type ComparisonSource } from './comparison-experiment.ts';
export { readGroup, type Group } from './compare.ts';
export { regionsOfRun, requireComparable, type Shape } from './comparable.ts';
export { comparisonText } from './text.ts';

export const comparisonKind: ExperimentKind = {
  kind: 'comparison',
  aggregate: (out, design, c) => {
    const d = design as StoredComparisonDesign;
    const { baseline, comparison } = aggregateComparison(out, d, c);
    return `${comparisonText(baseline, comparison, d.at ?? [comparison.steps[comparison.steps.length - 1]])}\n`
      + `Results: ${out}/ (comparison.csv, comparison.json${c.withReport ? ', report.html' : ''})`;
  },
};
