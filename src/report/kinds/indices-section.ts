// The section of convergence indices over time, for a run or for replications.
import type { Chart, Section } from '../page.ts';

export function indicesSection(charts: Chart[], withBands: boolean): Section {
  return {
    id: 'indices',
    title: 'Convergence indices over time',
    intro: [
      'Dispersion of GDP per person across regions: the coefficient of variation (CV), unweighted and weighted by population, and the standard deviation of log GDP per person (σ; σ-convergence means it falls).',
      'The Theil T index of GDP per person across regions splits exactly into a between-group part (differences between the scenario\'s groups of regions) and a within-group part.',
      'The Gini across regions weights each region by its population; the household Gini covers the incomes of every labour agent, so it includes inequality inside regions.',
      ...(withBands
        ? ['Lines are means across replications; the shaded bands are 95% confidence intervals (t-interval across replications).']
        : ['Values of this single run; run replications (--reps) to see how much of the movement is noise.']),
    ],
    charts,
  };
}
