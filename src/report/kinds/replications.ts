// The report of a replications folder: index charts with 95% bands from the aggregate
// national.csv, the run-level summary table, and the details of replication 1.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDoc, Section } from '../page.ts';
import { repIndexCharts } from '../charts/indices.ts';
import { readCsv, readJsonObjectIfExists, isDir, isFile } from '../files.ts';
import { NATIONAL_SUMMARY } from '../../experiment/folders/file-names.ts';
import { htmlTable } from '../tables.ts';
import { formatNumber, formatValue } from '../format.ts';
import { outcomeLabelWithUnit } from '../labels.ts';
import { betaNote, replicationsNote } from '../../experiment/summary/warnings.ts';
import { InputError } from '../errors.ts';
import { readRunFolder, type RunFolder } from './run-folder.ts';
import { runDetailSections, scenarioSection } from './run-sections.ts';
import { indicesSection } from './indices-section.ts';

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** national-summary.csv; folders written before it had that name hold the same table as national.csv. */
function summaryFile(dir: string): string {
  const file = join(dir, NATIONAL_SUMMARY);
  return isFile(file) || !isFile(join(dir, 'national.csv')) ? file : join(dir, 'national.csv');
}

/** The replication shown in detail: rep-1, or the lowest-numbered one present. */
function firstRepDir(dir: string): string {
  const reps = readdirSync(dir)
    .map((name) => /^rep-(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && isDir(join(dir, m[0])))
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  if (reps.length === 0) throw new InputError(`${dir}: no rep-<i>/ folder in this replications folder`);
  return join(dir, reps[0][0]);
}

function summarySection(summary: Record<string, unknown>, rep: RunFolder, repName: string): Section {
  const runs = obj(summary.runs);
  const rows = Object.entries(runs).map(([stat, v]) => {
    const s = obj(v);
    const clip = s.ci_clipped === 1 ? '*' : '';
    return [outcomeLabelWithUnit(stat, rep.scenario.money), formatNumber(s.mean), formatNumber(s.sd), `${formatNumber(s.ci_low)}${clip}`, `${formatNumber(s.ci_high)}${clip}`, formatValue(s.n)];
  });
  const clipped = Object.values(runs).some((v) => obj(v).ci_clipped === 1);
  const seeds = Array.isArray(summary.seeds) ? summary.seeds : [];
  const facts = [
    ['scenario', formatValue(summary.scenario ?? rep.scenario.name)],
    ['replications', formatValue(summary.reps ?? seeds.length)],
    ['seeds', formatValue(seeds)],
    ['steps (years)', formatValue(rep.scenario.steps)],
    ['regions', String(rep.scenario.regions.length)],
    ['shown in detail below', repName],
  ];
  return {
    id: 'overview',
    title: 'Overview and run-level summary',
    intro: [
      rep.scenario.description || 'No description in the scenario.',
      'The table summarises each replication\'s run-level results (β-convergence and σ) across replications: mean, standard deviation and the 95% t-interval of the mean.',
      ...(clipped ? ['* The interval was cut to the quantity\'s valid range (an R² at most 1, a standard error or a half-life at least 0): a symmetric t-interval can reach past it when values sit near a bound.'] : []),
    ],
    warnings: [...replicationsNote(seeds.length || Number(summary.reps) || 0), ...betaNote(rep.scenario.regions.length)].map((w) => w.replace(/^note: /, 'Caution: ')),
    html: [
      htmlTable([{ title: 'about these replications' }, { title: '' }], facts),
      rows.length > 0
        ? htmlTable(
            [{ title: 'statistic' }, { title: 'mean', numeric: true }, { title: 'sd', numeric: true }, { title: '95% low', numeric: true }, { title: '95% high', numeric: true }, { title: 'n', numeric: true }],
            rows,
          )
        : '<p class="note">summary.json has no run-level statistics.</p>',
    ].join('\n'),
  };
}

/** The report document of the replications folder `dir`. */
export function replicationsReport(dir: string): ReportDoc {
  const tidy = readCsv(summaryFile(dir), ['step', 'outcome', 'mean', 'ci_low', 'ci_high']).rows;
  const summary = readJsonObjectIfExists(join(dir, 'summary.json')) ?? {};
  const repDir = firstRepDir(dir);
  const repName = repDir.slice(dir.length).replace(/^[\\/]+/, '');
  const rep = readRunFolder(repDir);
  const note = ` (${repName.replace('rep-', 'replication ')})`;
  return {
    title: `${rep.scenario.name}: replications report`,
    subtitle: `factorflow run with ${formatValue(summary.reps ?? '?')} replications, ${rep.scenario.regions.length} regions`,
    sections: [
      summarySection(summary, rep, repName),
      indicesSection(repIndexCharts(tidy), true),
      ...runDetailSections(rep, note),
      scenarioSection(rep.scenario),
    ],
  };
}
