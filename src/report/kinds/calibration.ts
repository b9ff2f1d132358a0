// The report of a calibration folder (calibration.json, evaluations.csv): the fitted values
// with their profile intervals, the objective over the evaluations, the fit of every moment,
// and the one-parameter profiles around the optimum.
import { join } from 'node:path';
import type { ReportDoc, Section } from '../page.ts';
import { fitScatterChart, fitSubtitle, objectiveTraceChart, profileChart, type ProfilePoint } from '../charts/calibration.ts';
import { readCsv, readJsonObject } from '../files.ts';
import { formatNumber, formatValue } from '../format.ts';
import { htmlTable } from '../tables.ts';
import { InputError } from '../errors.ts';
import { MEASURES, regionFit, type MomentRow } from './fit-sections.ts';

interface Parameter {
  key: string;
  lo: number;
  hi: number;
  value: number;
  profile?: { lo: number; hi: number; loOpen: boolean; hiOpen: boolean; points: { value: number; objective: number }[] };
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);

function parametersTable(params: Parameter[]): string {
  const rows = params.map((p) => {
    const i = p.profile;
    const interval = i ? `${i.loOpen ? '≤ ' : ''}${formatNumber(i.lo)} … ${i.hiOpen ? '≥ ' : ''}${formatNumber(i.hi)}` : 'n/a';
    return [p.key, formatNumber(p.value), interval, `${formatNumber(p.lo)} … ${formatNumber(p.hi)}`];
  });
  return htmlTable([{ title: 'parameter' }, { title: 'fitted', numeric: true }, { title: 'profile interval', numeric: true }, { title: 'search bounds', numeric: true }], rows);
}

function momentsTable(moments: MomentRow[]): string {
  const rows = moments.filter((m) => m.kind !== 'region').map((m) => [
    m.id, formatNumber(m.observed), formatNumber(m.simulated), formatNumber(m.weight), formatNumber(m.contribution),
  ]);
  return htmlTable([{ title: 'moment' }, { title: 'observed', numeric: true }, { title: 'simulated', numeric: true }, { title: 'weight', numeric: true }, { title: 'weighted squared deviation', numeric: true }], rows);
}

function traceSection(dir: string): Section {
  const table = readCsv(join(dir, 'evaluations.csv'), ['evaluation', 'phase', 'objective']);
  let best = Infinity;
  const points = table.rows.map((r) => {
    const objective = num(r.objective);
    if (objective < best) best = objective;
    return { evaluation: num(r.evaluation), phase: String(r.phase), objective, best };
  });
  return {
    id: 'trace',
    title: 'Objective over the evaluations',
    intro: [
      'Each point is one evaluation: a candidate run with every replication seed, its objective the sum over moments of weight × (mean simulated − observed)². The design phase samples the bounds with a Latin hypercube; the search phase runs Nelder–Mead chains from the best design points; the profile phase moves one parameter at a time around the optimum. The line is the best objective so far (design and search; a lower profile point means the search had not converged).',
    ],
    charts: [objectiveTraceChart(points)],
  };
}

function profileSection(params: Parameter[], objective: number, delta: number): Section | undefined {
  const points: ProfilePoint[] = params.flatMap((p) => (p.profile?.points ?? []).map((q) => ({
    parameter: p.key, value: q.value, objective: q.objective, optimum: q.value === p.value,
  })));
  if (points.length === 0) return undefined;
  return {
    id: 'profiles',
    title: 'One-parameter profiles around the optimum',
    intro: [
      `Each panel moves one parameter over a grid around its fitted value (red diamond) with the others held at theirs, and shows the objective. The dashed line is the optimum's objective + ${formatNumber(delta)}: the values below it form the profile interval in the table above, the values the targets cannot tell apart from the fitted one. A flat profile means the targets say little about that parameter.`,
    ],
    charts: [profileChart(points, objective + delta)],
  };
}

/** The report document of the calibration folder `dir`. */
export function calibrationReport(dir: string): ReportDoc {
  const file = join(dir, 'calibration.json');
  const c = readJsonObject(file);
  if (!Array.isArray(c.parameters) || !Array.isArray(c.moments)) throw new InputError(`${file}: missing field "${Array.isArray(c.parameters) ? 'moments' : 'parameters'}"`);
  const params = c.parameters as Parameter[];
  const moments = c.moments as MomentRow[];
  const objective = num(c.objective);
  const facts = [
    ['scenario', formatValue(c.scenario)], ['targets', formatValue(c.targets)], ['objective at the optimum', formatNumber(objective)],
    ['evaluations', formatValue(c.evaluations)], ['replications per evaluation (seeds)', `${formatValue(c.reps)} (${formatValue(c.seeds)})`],
    ['best evaluation', formatValue(c.bestEvaluation)],
  ];
  const warnings = Array.isArray(c.warnings) ? c.warnings.map(String) : [];
  const regionSections: Section[] = MEASURES.flatMap((m) => {
    const fit = regionFit(moments, m.measure, (x) => x.simulated);
    return fit ? [fit] : [];
  }).map((f) => ({ ...f, charts: [fitScatterChart(`fit-${f.measure.replace(/_/g, '-')}`, f.title, fitSubtitle(f.stats.r2, f.stats.rmse, f.stats.n), f.unit, f.points)] }))
    .map(({ id, title, intro, charts }) => ({ id, title, intro, charts }));
  const sections: Section[] = [
    {
      id: 'overview',
      title: 'Fitted values',
      intro: [
        'The method of simulated moments: the fitted values minimise the weighted distance between the moments simulated (mean over the replications, every candidate with the same seeds) and the targets.',
        ...warnings.map((w) => `Warning: ${w}`),
      ],
      html: [htmlTable([{ title: 'about this calibration' }, { title: '' }], facts), parametersTable(params)].join('\n'),
    },
    traceSection(dir),
    { id: 'moments', title: 'Moment fit at the optimum', intro: ['National and run-level moments: observed, simulated (mean over the replications) and their weighted squared deviation, their share of the objective. Regional moments follow as scatter plots.'], html: momentsTable(moments) },
    ...regionSections,
  ];
  const profiles = profileSection(params, objective, num(c.profileDelta) || 1);
  if (profiles) sections.push(profiles);
  return {
    title: `Calibration: ${formatValue(c.scenario)}`,
    subtitle: `factorflow calibrate of ${params.map((p) => p.key).join(', ')} to ${formatValue(c.targets)}`,
    sections,
  };
}
