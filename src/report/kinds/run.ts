// The report of one run folder.
import type { ReportDoc, Section } from '../page.ts';
import { runIndexCharts } from '../charts/indices.ts';
import { htmlTable } from '../tables.ts';
import { formatNumber, formatValue } from '../format.ts';
import { outcomeLabelWithUnit } from '../labels.ts';
import { readRunFolder, type RunFolder } from './run-folder.ts';
import { runDetailSections, scenarioSection } from './run-sections.ts';
import { indicesSection } from './indices-section.ts';

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

const HEADLINE_OUTCOMES = ['gdp_per_capita', 'sd_log_gdp_pc', 'theil', 'gini_regions', 'gini_households', 'urban_rural_ratio', 'poverty_rate', 'migrant_share'];

function overview(run: RunFolder): Section {
  const first = run.national[0];
  const last = run.national[run.national.length - 1];
  const sigma = obj(run.summary.sigma);
  const beta = obj(run.summary.beta);
  const facts = [
    ['scenario', run.scenario.name],
    ['seed', formatValue(run.summary.seed ?? run.manifest.seed ?? run.scenario.seed)],
    ['steps (years)', formatValue(run.summary.steps ?? run.scenario.steps)],
    ['regions', String(run.scenario.regions.length)],
    ['σ at start → end', `${formatNumber(sigma.start)} → ${formatNumber(sigma.end)} (change ${formatNumber(sigma.change)})`],
    ['β, half-life (years)', `${formatNumber(beta.beta)}, ${formatNumber(beta.halfLife)}`],
    ['factorflow version', formatValue(run.manifest.factorflow)],
    ['command', formatValue(run.manifest.command)],
  ];
  const outcomes = HEADLINE_OUTCOMES.filter((o) => o in first).map((o) => [outcomeLabelWithUnit(o, run.scenario.money), formatNumber(first[o]), formatNumber(last[o])]);
  return {
    id: 'overview',
    title: 'Overview',
    intro: [
      run.scenario.description || 'No description in the scenario.',
      ...(run.stride > 1 ? [`A long run: the charts show one step in ${formatValue(run.stride)} (and the last); national.csv and regions.csv hold every step.`] : []),
    ],
    html: [
      htmlTable([{ title: 'about this run' }, { title: '' }], facts),
      htmlTable([{ title: 'national outcome' }, { title: `step ${formatValue(first.step)}`, numeric: true }, { title: `step ${formatValue(last.step)}`, numeric: true }], outcomes),
    ].join('\n'),
  };
}

/** The report document of the run folder `dir`. */
export function runReport(dir: string): ReportDoc {
  const run = readRunFolder(dir);
  return {
    title: `${run.scenario.name}: run report`,
    subtitle: `factorflow run, seed ${formatValue(run.summary.seed ?? run.scenario.seed)}, ${run.scenario.regions.length} regions, steps ${formatValue(run.national[0].step)} to ${formatValue(run.national[run.national.length - 1].step)}`,
    sections: [
      overview(run),
      indicesSection(runIndexCharts(run.national), false),
      ...runDetailSections(run),
      scenarioSection(run.scenario),
    ],
  };
}
