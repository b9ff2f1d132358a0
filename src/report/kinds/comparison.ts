// The report of a comparison folder: what each scenario is and changes, one chart per
// headline outcome with every scenario on one axis, the differences policy − baseline, and
// a summary table of outcomes × policies with intervals and clear-effect marks.
import { join } from 'node:path';
import type { ReportDoc, Section } from '../page.ts';
import { COMPARISON_OUTCOMES, differenceChart, levelCharts } from '../charts/comparison.ts';
import { readCsv, readJsonObjectIfExists, type CsvRow } from '../files.ts';
import { describeScheduleEntry, htmlTable } from '../tables.ts';
import { formatNumber, formatValue } from '../format.ts';
import { outcomeLabelWithUnit } from '../labels.ts';
import { InputError } from '../errors.ts';
import { escapeHtml } from '../escape.ts';
import { compactNumber, unique } from '../charts/common.ts';
import { betaNote, replicationsNote } from '../../experiment/summary/warnings.ts';

const COLUMNS = ['scenario', 'outcome', 'step', 'baseline_mean', 'policy_mean', 'diff_mean', 'ci_low', 'ci_high'];
/** Run-level figures in the summary table, after the outcomes. */
const FIGURES = ['beta', 'halfLife', 'speed', 'sigma_change'];

/** A scenario named in comparison.json: a string, or an object with a name. */
function nameOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return formatValue(v);
}

/** ▲ higher / ▼ lower when the 95% interval of the difference excludes zero, – when it does not. */
export function verdict(r: Record<string, unknown>): string {
  const lo = r.ci_low;
  const hi = r.ci_high;
  if (typeof lo !== 'number' || typeof hi !== 'number' || !Number.isFinite(lo) || !Number.isFinite(hi)) return 'n/a';
  if (lo > 0) return '▲ higher';
  if (hi < 0) return '▼ lower';
  return '–';
}

/** The row of each (policy, outcome) at its last step. */
function lastRows(rows: CsvRow[]): Map<string, CsvRow> {
  const last = new Map<string, CsvRow>();
  for (const r of rows) {
    const key = `${r.scenario}\u0000${r.outcome}`;
    const prev = last.get(key);
    if (!prev || (r.step as number) > (prev.step as number)) last.set(key, r);
  }
  return last;
}

/** Millions and more as 3.92tn, 6.5bn, 12M (a table of 13-digit numbers cannot be read); the rest as formatNumber. */
function short(v: unknown): string {
  return typeof v === 'number' && Math.abs(v) >= 1e6 ? compactNumber(v) : formatNumber(v);
}

function cell(r: Record<string, unknown> | undefined): string {
  if (!r) return 'n/a';
  const interval = typeof r.ci_low === 'number' && Number.isFinite(r.ci_low) ? ` [${short(r.ci_low)}, ${short(r.ci_high)}]` : '';
  return `${short(r.diff_mean)}${interval} ${verdict(r)}`;
}

function summarySection(rows: CsvRow[], figures: Record<string, unknown>[], policies: string[], baseline: string, money: string, warnings: string[]): Section {
  const last = lastRows(rows);
  const step = Math.max(...rows.map((r) => Number(r.step)));
  const outcomes = COMPARISON_OUTCOMES.filter((o) => policies.some((p) => last.has(`${p}\u0000${o}`)));
  const body = [
    ...outcomes.map((o) => {
      const any = last.get(`${policies[0]}\u0000${o}`);
      return [outcomeLabelWithUnit(o, money), short(any?.baseline_mean), ...policies.map((p) => cell(last.get(`${p}\u0000${o}`)))];
    }),
    ...FIGURES.filter((f) => figures.some((r) => r.outcome === f)).map((f) => {
      const of = (p: string) => figures.find((r) => r.scenario === p && r.outcome === f);
      return [outcomeLabelWithUnit(f, money), formatNumber(of(policies[0])?.baseline_mean), ...policies.map((p) => cell(of(p)))];
    }),
  ];
  return {
    id: 'summary',
    title: `Summary: every outcome against every policy at step ${step}`,
    intro: [
      `Each cell is the mean difference policy − ${baseline} across paired replications, its 95% interval in brackets, and ▲ (higher) or ▼ (lower) when that interval excludes zero: a clear effect. – means the replications cannot tell the policy from the baseline.`,
      'β, the half-life and the speed come from each replication\'s regression of growth on initial GDP per person over the whole run (summary.json); a negative β difference means faster convergence.',
    ],
    warnings,
    html: htmlTable([{ title: 'outcome' }, { title: baseline, numeric: true }, ...policies.map((p) => ({ title: `${p} − ${baseline}`, numeric: true }))], body),
  };
}

interface Note { name: string; description: string; changes: { key: string; baseline: unknown; policy: unknown }[]; schedule: Record<string, unknown>[] }

function notesOf(meta: Record<string, unknown>): Note[] {
  return Array.isArray(meta.descriptions) ? (meta.descriptions as Note[]) : [];
}

function scenariosSection(notes: Note[], baseline: string, policies: string[]): Section {
  const html = [baseline, ...policies].map((name, i) => {
    const note = notes.find((n) => n.name === name);
    const parts = [`<h3>${i === 0 ? 'Baseline' : 'Policy'}: ${escapeHtml(name)}</h3>`];
    parts.push(note?.description ? `<p>${escapeHtml(note.description)}</p>` : '<p class="note">No description (comparison.json has none for it).</p>');
    if (i > 0 && note) {
      parts.push(note.changes.length > 0
        ? htmlTable([{ title: 'key it changes' }, { title: baseline, numeric: true }, { title: name, numeric: true }],
          note.changes.map((c) => [c.key, formatValue(c.baseline), formatValue(c.policy)]))
        : '<p class="note">It changes no lever or parameter at step 0.</p>');
    }
    const schedule = note?.schedule ?? [];
    if (schedule.length > 0) {
      parts.push(htmlTable([{ title: 'step', numeric: true }, { title: i === 0 ? 'scheduled change' : 'scheduled change the baseline does not have', text: true }],
        schedule.map((e) => [formatValue(e.step), describeScheduleEntry(e)])));
    }
    return parts.join('\n');
  });
  return {
    id: 'scenarios',
    title: 'The scenarios compared',
    intro: ['What each scenario is (its description) and what it changes: the levers and parameters that differ from the baseline at step 0, and the dated changes of its schedule.'],
    html: html.join('\n'),
  };
}

/** The report document of the comparison folder `dir`. */
export function comparisonReport(dir: string): ReportDoc {
  const rows = readCsv(join(dir, 'comparison.csv'), COLUMNS).rows;
  if (rows.length === 0) throw new InputError(`${join(dir, 'comparison.csv')}: no rows`);
  const meta = readJsonObjectIfExists(join(dir, 'comparison.json')) ?? {};
  const policies = unique(rows.map((r) => String(r.scenario)));
  const baseline = meta.baseline !== undefined ? nameOf(meta.baseline) : 'baseline';
  const money = typeof meta.moneyUnit === 'string' ? meta.moneyUnit : 'yuan';
  const figures = Array.isArray(meta.runs) ? (meta.runs as Record<string, unknown>[]) : [];
  const seeds = Array.isArray(meta.seeds) ? meta.seeds : [];
  const reps = seeds.length || Math.max(0, ...rows.map((r) => Number(r.n) || 0));
  const warnings = [...replicationsNote(reps), ...(typeof meta.regions === 'number' ? betaNote(meta.regions) : [])]
    .map((w) => w.replace(/^note: /, 'Caution: '));
  const levels = levelCharts(rows, baseline, money);
  const differences = differenceChart(rows, money);
  const overview: Section = {
    id: 'overview',
    title: 'Overview',
    intro: [
      `Each policy scenario is compared with ${baseline}, run with the same seeds (common random numbers), so each policy replication has a baseline twin that differs only by the policy.`,
    ],
    warnings,
    html: htmlTable(
      [{ title: 'about this comparison' }, { title: '' }],
      [
        ['baseline', baseline],
        ['policies', policies.join(', ')],
        ['replications (seeds)', `${reps} (${formatValue(seeds.length ? seeds : 'n/a')})`],
        ['steps', formatValue(meta.steps ?? Math.max(...rows.map((r) => Number(r.step))))],
        ['money unit', money],
      ],
    ),
  };
  return {
    title: `Comparison: ${policies.join(', ')} against ${baseline}`,
    subtitle: `factorflow compare, ${policies.length} ${policies.length === 1 ? 'policy' : 'policies'}, ${reps} replications each`,
    sections: [
      overview,
      summarySection(rows, figures, policies, baseline, money, warnings),
      scenariosSection(notesOf(meta), baseline, policies),
      {
        id: 'outcomes',
        title: 'Headline outcomes over time, every scenario on one axis',
        intro: [
          'One chart per headline outcome: the mean across replications of every scenario, its 95% interval shaded, on one vertical axis so the scenarios compare directly. Outcomes that stay constant in every scenario are left out.',
        ],
        charts: levels,
      },
      {
        id: 'differences',
        title: 'Differences from the baseline',
        intro: [
          `One panel per outcome that differs anywhere: the mean paired difference (policy minus ${baseline}) over time with its 95% interval shaded, every policy in the same panel on one scale. The unit of each panel is in its title. Outcomes with no difference at all are left out.`,
        ],
        charts: differences ? [differences] : [],
      },
    ],
  };
}
