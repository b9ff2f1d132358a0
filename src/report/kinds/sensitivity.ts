// The report of a sensitivity folder: what was varied, then per outcome the ranked
// indices with intervals (and, for Morris, the μ*–σ plane), against the seed noise.
import { join } from 'node:path';
import type { Chart, ReportDoc, Section } from '../page.ts';
import { indexBars, indexData, morrisPlane, morrisPoints, rankedParameters } from '../charts/sensitivity.ts';
import { readCsv, readJsonObjectIfExists, type CsvRow } from '../files.ts';
import { htmlTable } from '../tables.ts';
import { formatNumber, formatValue } from '../format.ts';
import { unique } from '../charts/common.ts';
import { InputError } from '../errors.ts';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function noiseOf(rows: CsvRow[], outcome: string, index: string): number | undefined {
  return num(rows.find((r) => r.outcome === outcome && r.parameter === '(seed noise)' && r.index === index)?.value);
}

const pct = (x: number | undefined): string => (x === undefined ? 'n/a' : `${formatNumber(100 * x)}%`);

function definitions(manifest: Record<string, unknown>): Map<string, string> {
  const list = Array.isArray(manifest.outcomes) ? (manifest.outcomes as { outcome?: string; definition?: string }[]) : [];
  return new Map(list.map((o) => [String(o.outcome), String(o.definition ?? '')]));
}

function sobolSection(rows: CsvRow[], outcome: string, k: number, definition: string): Section {
  const share = noiseOf(rows, outcome, 'noise_share');
  const data = indexData(rows, outcome, ['S1', 'ST']);
  const charts: Chart[] = [{
    id: `sens-${k}-bars`,
    spec: indexBars({
      title: outcome, subtitle: definition, xTitle: 'share of the outcome\'s variance', data, order: rankedParameters(rows, outcome, 'ST'),
      noise: share === undefined ? undefined : { value: share, label: 'seed-noise share of variance' },
    }),
  }];
  const second = indexData(rows, outcome, ['S2']).filter((d) => d.value !== null);
  if (second.length > 0) {
    charts.push({ id: `sens-${k}-s2`, spec: indexBars({ title: `${outcome}: interactions`, subtitle: 'second-order indices S2 of pairs of parameters', xTitle: 'share of variance', data: second, order: rankedParameters(rows, outcome, 'S2') }) });
  }
  return {
    id: `outcome-${k}`,
    title: outcome,
    intro: [
      `${definition}. Bars: first-order index S1 (the share of the outcome's variance across the ranges that the parameter explains alone) and total index ST (alone and in all its interactions), with 95% bootstrap intervals as black lines; parameters ranked by ST.`,
      share === undefined
        ? 'Seed noise was not measured (--reps below 2).'
        : `Dashed red line: the seed noise, ${pct(share)} of the outcome's variance across the design (sample variance over the base point's seeds, divided by the variance across the design's runs). An index below it cannot be told from noise.`,
    ],
    charts,
  };
}

function morrisSection(rows: CsvRow[], outcome: string, k: number, definition: string, levels: number): Section {
  const sd = noiseOf(rows, outcome, 'noise_sd');
  const threshold = sd === undefined ? undefined : (Math.SQRT2 * sd) / (levels / (2 * (levels - 1)));
  const order = rankedParameters(rows, outcome, 'mu_star');
  return {
    id: `outcome-${k}`,
    title: outcome,
    intro: [
      `${definition}. μ* is the mean absolute elementary effect: the change in the outcome when a parameter moves by Δ of its range, divided by Δ, i.e. in outcome units per full range of the parameter. Bars: μ* with its 95% bootstrap interval (resampling trajectories), parameters ranked by μ*.`,
      'Second chart: μ* against σ, the standard deviation of the effects. A parameter far right matters; one high up acts non-linearly or through interactions (above the dotted line σ = μ*, strongly so).',
      threshold === undefined
        ? 'Seed noise was not measured (--reps below 2).'
        : `Dashed red line: √2·sd/Δ = ${formatNumber(threshold)}, the size of an effect that seed noise alone would produce (sd ${formatNumber(sd)} across the base point's seeds). A μ* left of it cannot be told from noise.`,
    ],
    charts: [
      { id: `sens-${k}-bars`, spec: indexBars({ title: outcome, subtitle: definition, xTitle: 'μ* (outcome units per full range)', data: indexData(rows, outcome, ['mu_star']), order, noise: threshold === undefined ? undefined : { value: threshold, label: 'effect size of seed noise' } }) },
      { id: `sens-${k}-plane`, spec: morrisPlane({ title: `${outcome}: μ* and σ`, subtitle: definition, points: morrisPoints(rows, outcome), noise: threshold }) },
    ],
  };
}

function overview(manifest: Record<string, unknown>, method: string): Section {
  const keys = Array.isArray(manifest.keys) ? manifest.keys.map(String) : [];
  const ranges = Array.isArray(manifest.ranges) ? (manifest.ranges as unknown[][]) : [];
  const settings = method === 'sobol'
    ? `Sobol indices from a Saltelli design on a Sobol sequence (Joe–Kuo direction numbers), N = ${formatValue(manifest.n)} base rows${manifest.secondOrder ? ', with second-order indices' : ''}: S1 by Saltelli (2010), ST by Jansen.`
    : `Morris screening: ${formatValue(manifest.trajectories)} trajectories on a ${formatValue(manifest.levels)}-level grid.`;
  return {
    id: 'overview',
    title: 'Overview',
    intro: [
      settings,
      `${formatValue(manifest.runs)} runs. Every design run uses seed ${formatValue(manifest.seed)} (common random numbers); the middle of the ranges is also run with ${formatValue(manifest.reps)} seeds to measure seed noise. Intervals are 95% bootstrap percentile intervals.`,
    ],
    html: htmlTable([{ title: 'varied key' }, { title: 'low', numeric: true }, { title: 'high', numeric: true }], keys.map((key, i) => [key, formatValue(ranges[i]?.[0]), formatValue(ranges[i]?.[1])])),
  };
}

/** Parameters × outcomes: each key's index (ST or μ*) and its rank within the outcome. */
function rankingSection(rows: CsvRow[], outcomes: string[], method: string, levels: number): Section {
  const index = method === 'sobol' ? 'ST' : 'mu_star';
  const noise = (o: string): number | undefined => {
    if (method === 'sobol') return noiseOf(rows, o, 'noise_share');
    const sd = noiseOf(rows, o, 'noise_sd');
    return sd === undefined ? undefined : (Math.SQRT2 * sd) / (levels / (2 * (levels - 1)));
  };
  const parameters = unique(rows.filter((r) => r.index === index).map((r) => String(r.parameter)));
  const ranks = outcomes.map((o) => rankedParameters(rows, o, index));
  const cell = (p: string, o: string, k: number): string => {
    const v = num(rows.find((r) => r.outcome === o && r.parameter === p && r.index === index)?.value);
    if (v === undefined) return 'n/a';
    const level = noise(o);
    return `${formatNumber(v)} (#${ranks[k].indexOf(p) + 1})${level !== undefined && v < level ? ' ≈ noise' : ''}`;
  };
  // Parameters ordered by their best rank over the outcomes, then by their mean rank.
  const score = (p: string) => [Math.min(...ranks.map((r) => r.indexOf(p))), ranks.reduce((s, r) => s + r.indexOf(p), 0)];
  const order = [...parameters].sort((a, b) => score(a)[0] - score(b)[0] || score(a)[1] - score(b)[1]);
  return {
    id: 'ranking',
    title: 'Ranking',
    intro: [method === 'sobol'
      ? 'Total index ST of each key for each outcome (share of the outcome\'s variance it explains alone and in interactions) and its rank (#1 = most influential). "≈ noise": below the seed-noise share, so not told apart from noise.'
      : 'μ* of each key for each outcome (outcome units per full range of the key) and its rank (#1 = most influential). μ* compares keys within an outcome, not across outcomes (their units differ). "≈ noise": below √2·sd/Δ, the effect size seed noise alone would produce (see each outcome below).'],
    html: htmlTable([{ title: 'key' }, ...outcomes.map((o) => ({ title: o, numeric: true }))], order.map((p) => [p, ...outcomes.map((o, k) => cell(p, o, k))])),
  };
}

/** The report document of the sensitivity folder `dir`. */
export function sensitivityReport(dir: string): ReportDoc {
  const file = join(dir, 'sensitivity.csv');
  const table = readCsv(file, ['method', 'outcome', 'parameter', 'index', 'value', 'ci_low', 'ci_high']);
  if (table.rows.length === 0) throw new InputError(`${file}: no rows`);
  const manifest = readJsonObjectIfExists(join(dir, 'manifest.json')) ?? {};
  const method = String(table.rows[0].method);
  const defs = definitions(manifest);
  const outcomes = unique(table.rows.map((r) => String(r.outcome)));
  const levels = num(manifest.levels) ?? 4;
  const sections = [
    overview(manifest, method),
    rankingSection(table.rows, outcomes, method, levels),
    ...outcomes.map((o, k) => (method === 'sobol'
      ? sobolSection(table.rows, o, k + 1, defs.get(o) ?? o)
      : morrisSection(table.rows, o, k + 1, defs.get(o) ?? o, levels))),
  ];
  const name = typeof manifest.scenario === 'string' ? manifest.scenario : 'scenario';
  return {
    title: `Sensitivity: ${name}`,
    subtitle: `factorflow sensitivity --method ${method}, ${outcomes.length} outcome${outcomes.length === 1 ? '' : 's'}, ${unique(table.rows.filter((r) => r.parameter !== '(seed noise)').map((r) => r.parameter)).length} parameters`,
    sections,
  };
}
