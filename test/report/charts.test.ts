// What the charts show, checked against the fixtures' formulas (make-fixtures.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { rmSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../src/report/index.ts';
import { builtFixtures, drawInNode, extractSpecs, tempDir, type Spec } from './helpers.ts';
import {
  BETA, COMPARED_OUTCOMES, INTERCEPT, LINKS, REGIONS, STEPS, SWEEP_KEYS,
  gdpPerCapita, nationalRow, netMigration, population, writeComparisonFolder, writeRunFolder, writeSweepFolder,
} from './fixtures/make-fixtures.ts';

type Layer = { data?: { values: Record<string, unknown>[] }; mark: { type: string }; encoding: Record<string, Record<string, unknown>> };

let fx: Awaited<ReturnType<typeof builtFixtures>>;
let run: Record<string, Spec>;
beforeAll(async () => {
  fx = await builtFixtures();
  run = extractSpecs(fx.html.run);
});

const layers = (spec: Spec): Layer[] => spec.layer as Layer[];
const markOf = (spec: Spec, type: string): Layer[] => layers(spec).filter((l) => l.mark.type === type);

describe('β-convergence chart', () => {
  // The fixture's growth is exactly INTERCEPT + BETA·ln y0, so every point lies on that line.
  const onLine = (p: Record<string, unknown>): void =>
    expect(p.growth as number).toBeCloseTo(INTERCEPT + BETA * (p.ln_y0 as number), 12);

  it('plots each region at ln initial GDP per person and its average log growth', () => {
    const points = markOf(run.beta, 'circle')[0].data!.values;
    expect(points.map((p) => p.ln_y0)).toEqual(REGIONS.map((r) => Math.log(r.gdp0)));
    points.forEach(onLine);
  });

  it('draws the fitted line with slope β from summary.json across the range of x', () => {
    const ends = markOf(run.beta, 'line')[0].data!.values;
    const lnY0 = REGIONS.map((r) => Math.log(r.gdp0));
    expect(ends.map((e) => e.ln_y0)).toEqual([Math.min(...lnY0), Math.max(...lnY0)]);
    ends.forEach(onLine);
  });

  it('states the implied speed and half-life in the title', () => {
    // λ = −ln(1 + βT)/T with β = −0.02, T = 10: −ln(0.8)/10 = 0.022314 → "2.231%";
    // half-life ln 2/λ = 31.06 years.
    const title = run.beta.title as { subtitle: string };
    expect(title.subtitle).toBe('β = -0.02, implied speed λ = 2.231% per year, half-life 31.06 years');
  });

  it('fits its own OLS line when summary.json is missing', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    rmSync(join(dir, 'summary.json'));
    const spec = extractSpecs(readFileSync(await buildReport(dir), 'utf8')).beta;
    markOf(spec, 'line')[0].data!.values.forEach(onLine);
  });
});

describe('map', () => {
  const panels = (): Spec[] => run.map.hconcat as Spec[];

  it('has a start and an end panel on one projection type each', () => {
    expect(panels().map((p) => p.title)).toEqual(['start (step 0)', `end (step ${STEPS})`]);
    for (const p of panels()) expect(p.projection).toEqual({ type: 'mercator' });
  });

  it('colours both panels on one scale spanning GDP per person at the start and the end', () => {
    const all = REGIONS.flatMap((r) => [gdpPerCapita(r, 0), gdpPerCapita(r, STEPS)]);
    for (const p of panels()) {
      const color = markOf(p, 'circle')[0].encoding.color.scale as { domain: number[] };
      expect(color.domain[0]).toBeCloseTo(Math.min(...all), 6);
      expect(color.domain[1]).toBeCloseTo(Math.max(...all), 6);
    }
    expect(run.map.resolve).toEqual({ scale: { color: 'shared', size: 'shared' } });
  });

  it('places regions at their lon/lat, sized by population, and draws every link', () => {
    const [start, end] = panels();
    const points = markOf(end, 'circle')[0].data!.values;
    expect(points.map((p) => [p.lon, p.lat])).toEqual(REGIONS.map((r) => [r.lon, r.lat]));
    expect(points.map((p) => p.population)).toEqual(REGIONS.map((r) => population(r, STEPS)));
    const lines = markOf(start, 'rule')[0].data!.values;
    const at = (id: string): number[] => {
      const r = REGIONS.find((x) => x.id === id)!;
      return [r.lon, r.lat];
    };
    expect(lines.map((l) => [l.lon, l.lat, l.lon2, l.lat2])).toEqual(LINKS.map((l) => [...at(l.from), ...at(l.to)]));
  });
});

describe('map without coordinates', () => {
  it('is left out with a sentence saying why when regions have no lon/lat', async () => {
    const dir = writeRunFolder(join(tempDir(), 'run'));
    const file = join(dir, 'scenario.json');
    const scenario = JSON.parse(readFileSync(file, 'utf8'));
    for (const r of scenario.regions) delete r.lon;
    writeFileSync(file, JSON.stringify(scenario));
    const html = readFileSync(await buildReport(dir), 'utf8');
    expect(Object.keys(extractSpecs(html))).not.toContain('map');
    expect(html).toContain('No map: fewer than two regions in scenario.json have lon and lat.');
  });
});

describe('regions at the start and the end', () => {
  it('compares net migration of the first year (step 1) with the last', () => {
    const spec = run['regions-net-migration'];
    expect(markOf(spec, 'bar')).toHaveLength(1);
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    const expected = REGIONS.flatMap((r) => [netMigration(r, 1), netMigration(r, STEPS)]);
    expect(values.map((v) => v.value)).toEqual(expected);
  });

  it('orders regions by initial GDP per person, richest first, in every chart', () => {
    const byGdp = [...REGIONS].sort((a, b) => b.gdp0 - a.gdp0).map((r) => r.name);
    for (const id of ['regions-gdp-pc', 'regions-population', 'regions-net-migration']) {
      expect((run[id].encoding as { y: { sort: string[] } }).y.sort).toEqual(byGdp);
    }
  });
});

describe('index charts', () => {
  it('stacks the Theil parts of a run and draws the total over them', () => {
    const [area, line] = layers(run['indices-theil']);
    expect(area.mark.type).toBe('area');
    expect(area.encoding.y.stack).toBe('zero');
    const at = (t: number) => nationalRow(t);
    expect(area.data!.values.filter((v) => v.step === 5).map((v) => v.value)).toEqual([at(5).theil_between, at(5).theil_within]);
    expect(line.data!.values.map((v) => v.value)).toEqual([...Array(STEPS + 1).keys()].map((t) => at(t).theil));
  });

  it('draws replication means with their 95% interval as a band', () => {
    const spec = extractSpecs(fx.html.replications)['indices-gini'];
    const [band, line] = layers(spec);
    expect(band.mark.type).toBe('area');
    expect(band.encoding.y.field).toBe('low');
    expect(band.encoding.y2.field).toBe('high');
    expect(line.mark.type).toBe('line');
    const rows = readFileSync(join(fx.replications, 'national-summary.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
    const giniStep3 = rows.map((l) => l.split(',')).find((c) => c[0] === '3' && c[1] === 'gini_regions')!;
    const point = (spec.data as { values: Record<string, unknown>[] }).values.find((v) => v.step === 3 && String(v.series).startsWith('Gini across'))!;
    expect([point.value, point.low, point.high]).toEqual([Number(giniStep3[2]), Number(giniStep3[4]), Number(giniStep3[5])]);
  });
});

describe('what happened over time', () => {
  it('plots the levers the schedule moves, a ramp step by step, at the value in force', () => {
    const values = (run.levers.data as { values: { lever: string; step: number; value: number }[] }).values;
    expect([...new Set(values.map((v) => v.lever))]).toEqual(['policy.transfers.rate']);
    // Fixture: the rate ramps from the default 0.5 to 0.8 over 3 steps from step 3.
    const at = (s: number) => values.find((v) => v.step === s)!.value;
    expect([at(0), at(2)]).toEqual([0.5, 0.5]);
    expect(at(3)).toBeCloseTo(0.6, 12);
    expect(at(4)).toBeCloseTo(0.7, 12);
    expect([at(5), at(STEPS)]).toEqual([0.8, 0.8]);
  });

  it('draws every region\'s path of GDP per person and population, with full names and units', () => {
    for (const [id, column] of [['paths-gdp-pc', 'gdp_per_capita'], ['paths-population', 'population']] as const) {
      const spec = run[id];
      const values = (spec.data as { values: { region: string; step: number; value: number }[] }).values;
      expect(new Set(values.map((v) => v.region))).toEqual(new Set(REGIONS.map((r) => r.name)));
      expect(values).toHaveLength(REGIONS.length * (STEPS + 1));
      const r0 = REGIONS[0];
      const want = column === 'gdp_per_capita' ? gdpPerCapita(r0, STEPS) : population(r0, STEPS);
      expect(values.find((v) => v.region === r0.name && v.step === STEPS)!.value).toBeCloseTo(want, 6);
    }
    expect(((run['paths-gdp-pc'].encoding as Record<string, { title?: string }>).y).title).toBe('GDP per person (yuan a year)');
  });

  it('ends the step axis at the last step, not at a rounder number', () => {
    const x = (run['paths-gdp-pc'].encoding as Record<string, { scale?: { nice?: boolean } }>).x;
    expect(x.scale?.nice).toBe(false);
  });

  it('labels the map\'s regions and keeps its two panels apart', () => {
    const map = run.map as { hconcat: { layer: Layer[] }[]; spacing: number };
    expect(map.spacing).toBeGreaterThanOrEqual(40);
    const text = map.hconcat[0].layer.find((l) => l.mark.type === 'text')!;
    expect(text.data!.values.map((v) => v.name)).toEqual(REGIONS.map((r) => r.name));
  });
});

describe('comparison', () => {
  it('draws one chart per headline outcome with every scenario\'s mean and band on one axis', () => {
    const spec = extractSpecs(fx.html.comparison)['outcome-theil'];
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect([...new Set(values.map((v) => v.series))]).toEqual(['baseline', 'transfers-high', 'hukou-reform']);
    // Fixture: theil is the second compared outcome (odd: slope +0.001 × policy number).
    const at = (series: string) => values.find((v) => v.series === series && v.step === STEPS)!;
    const base = nationalRow(STEPS).theil;
    expect(at('baseline').value).toBeCloseTo(base, 12);
    expect(at('hukou-reform').value).toBeCloseTo(base + 0.002 * STEPS, 12);
    expect(at('hukou-reform').low).toBeCloseTo((base + 0.002 * STEPS) * 0.99, 12);
    const y = (layers(spec).at(-1)!.encoding.y as { title: string }).title;
    expect(y).toBe('Theil index of regional GDP per person');
    const gdp = extractSpecs(fx.html.comparison)['outcome-gdp-per-capita'];
    expect((layers(gdp).at(-1)!.encoding.y as { title: string }).title).toBe('GDP per person (yuan a year)');
  });

  it('puts every policy in each difference panel, one panel per outcome, units in the panel titles', () => {
    const spec = extractSpecs(fx.html.comparison).differences;
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect((spec.facet as { sort: string[] }).sort).toHaveLength(COMPARED_OUTCOMES.length);
    expect((spec.facet as { sort: string[] }).sort).toContain('GDP per person (yuan a year)');
    // Fixture: policy 2, first outcome: slope −0.004, so the difference at step 10 is −0.04.
    const last = values.find((v) => v.step === STEPS && v.series === 'hukou-reform' && String(v.label).startsWith('SD of log'))!;
    expect(last.diff).toBeCloseTo(-0.04, 12);
    expect(new Set(values.filter((v) => String(v.label).startsWith('SD of log')).map((v) => v.series)).size).toBe(2);
  });

  it('leaves out outcomes that are constant or never differ', async () => {
    const dir = writeComparisonFolder(join(tempDir(), 'flat'));
    const file = join(dir, 'comparison.csv');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    const flat = lines.slice(1).map((l) => {
      const cells = l.split(',');
      if (cells[1] !== 'theil') return l;
      for (const c of ['baseline_mean', 'policy_mean', 'baseline_ci_low', 'baseline_ci_high', 'policy_ci_low', 'policy_ci_high']) cells[header.indexOf(c)] = '0.05';
      for (const c of ['diff_mean', 'ci_low', 'ci_high']) cells[header.indexOf(c)] = '0';
      return cells.join(',');
    });
    writeFileSync(file, [lines[0], ...flat].join('\n'));
    const specs = extractSpecs(readFileSync(await buildReport(dir), 'utf8'));
    expect(specs['outcome-theil']).toBeUndefined();
    expect(specs['outcome-gini-households']).toBeDefined();
    expect((specs.differences.facet as { sort: string[] }).sort.some((l) => l.startsWith('Theil'))).toBe(false);
  });

  it('sums up outcomes × policies with intervals and clear-effect marks, β too, and each policy\'s changes', () => {
    // Fixture: even-numbered outcomes fall (interval below 0), odd ones rise (above 0).
    const html = fx.html.comparison;
    expect(html).toMatch(/<td>SD of log GDP per person \(σ\)<\/td><td class="num">[^<]+<\/td><td class="num">-0\.02 \[[^\]]+\] ▼ lower<\/td><td class="num">-0\.04 \[[^\]]+\] ▼ lower<\/td>/);
    expect(html).toMatch(/<td>Theil index of regional GDP per person<\/td>.*▲ higher<\/td>/);
    expect(html).toContain('<th class="num">hukou-reform − baseline</th>');
    expect(html).toContain('Policy 2: hukou-reform.');
    expect(html).toMatch(/<td>policy\.transfers\.rate<\/td><td class="num">0\.5<\/td><td class="num">0\.7<\/td>/);
    expect(html).toContain('set policy.hukouPenalty = 0.5');
    expect(html).toContain('Caution: only 3 replications');
    expect(html).toContain('Caution: β is fitted on 4 regions only');
  });
});

describe('sweep', () => {
  it('draws outcomes at the last step against a numeric key as lines with bands', () => {
    const spec = extractSpecs(fx.html.sweep)['sweep-lines'];
    const inner = spec.spec as Spec;
    expect((inner.encoding as { x: { type: string; title: string } }).x).toMatchObject({ type: 'quantitative', title: 'policy.transfers.rate' });
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    const gini = values.filter((v) => v.label === 'Gini of household income');
    expect(gini.map((v) => v.k0)).toEqual(SWEEP_KEYS['policy.transfers.rate']);
    // Fixture: mean = base·(1 − 0.1·rate), base = 0.42 − 0.002·10 = 0.40 at step 10.
    gini.forEach((v) => expect(v.mean as number).toBeCloseTo(0.4 * (1 - 0.1 * (v.k0 as number)), 12));
  });

  it('adds a heat map when two keys vary, scaled 0 to 1 within each outcome', () => {
    const spec = extractSpecs(fx.html.sweep2)['sweep-heatmap'];
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    const cells = values.filter((v) => v.label === 'Theil index of regional GDP per person');
    expect(cells).toHaveLength(SWEEP_KEYS['policy.transfers.rate'].length * SWEEP_KEYS['policy.migrationCost'].length);
    const rel = cells.map((v) => v.relative as number);
    expect(Math.min(...rel)).toBe(0);
    expect(Math.max(...rel)).toBe(1);
    // Fixture: the mean falls with rate and rises with migration cost, so the lowest cell
    // is rate 1, cost 0 and the highest rate 0, cost 4.
    expect(cells.find((v) => v.relative === 0)).toMatchObject({ k0: 1, k1: 0 });
    expect(cells.find((v) => v.relative === 1)).toMatchObject({ k0: 0, k1: 4 });
  });

  it('puts a key with text values on an ordinal axis with interval bars', async () => {
    const dir = writeSweepFolder(join(tempDir(), 'sweep'), 1);
    const file = join(dir, 'points.csv');
    // Rename the five rate values to formula names, as a sweep of policy.transfers.formula would have.
    const names = ['none', 'per-capita', 'equalization', 'equalization-high', 'equalization-max'];
    const lines = readFileSync(file, 'utf8').split('\n');
    const body = lines.slice(1).filter(Boolean).map((l) => {
      const cells = l.split(',');
      cells[1] = names[SWEEP_KEYS['policy.transfers.rate'].indexOf(Number(cells[1]))];
      return cells.join(',');
    });
    writeFileSync(file, [lines[0].replace('policy.transfers.rate', 'policy.transfers.formula'), ...body].join('\n'));
    const spec = extractSpecs(readFileSync(await buildReport(dir), 'utf8'))['sweep-lines'];
    const inner = spec.spec as Spec;
    expect((inner.encoding as { x: { type: string } }).x.type).toBe('ordinal');
    expect(layers(inner)[0].mark.type).toBe('rule');
    expect((await drawInNode(spec)).warnings).toEqual([]);
  });
});
