// The metrics library: pure functions over ArrayLike<number>, one formula per file.
// Formulas and their files are listed in docs/metrics.md.

export { mean } from './mean.ts';
export { weightedMean } from './weighted-mean.ts';
export { cv } from './cv.ts';
export { weightedCv } from './weighted-cv.ts';
export { sdLog } from './sd-log.ts';
export { theil } from './theil.ts';
export { theilDecomposition } from './theil-decomposition.ts';
export type { TheilDecomposition, TheilGroup } from './theil-decomposition.ts';
export { gini } from './gini.ts';
export { giniSorted } from './gini-sorted.ts';
export { giniWeighted } from './gini-weighted.ts';
export { mergeSorted } from './merge-sorted.ts';
export { sortNonNegative } from './sort-non-negative.ts';
export { urbanRuralRatio } from './urban-rural-ratio.ts';
export { povertyRate } from './poverty-rate.ts';
export { betaConvergence, type BetaConvergence } from './beta-convergence.ts';
export { sigmaChange } from './sigma-change.ts';
export type { SigmaChange } from './sigma-change.ts';
export { outcomeInfo, moneyUnit, unitOf, labelWithUnit, clipToRange, type OutcomeInfo } from './catalogue.ts';
