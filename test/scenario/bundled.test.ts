// The bundled scenarios: all valid, built from the data as documented, and each policy
// variant changing what its description says. Expected figures come from
// ../shared/data/README.md and the CSV files there, as cited at each one.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenarios } from '../../scripts/build-scenarios.ts';
import { policyScenarios, teachingScenarios } from '../../scripts/policy-scenarios.ts';
import { bundledNames, loadScenarioFile, validateScenarioFile } from '../../src/io/scenario-files.ts';
import { compileSchedule, DEFAULT_PARAMS, DEFAULT_POLICY, type Scenario } from '../../src/scenario/index.ts';

const DATA_DIR = process.env.FACTORFLOW_DATA ?? '../shared/data';
const raw = (name: string) => JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8')) as Record<string, unknown>;
const load = (name: string): Scenario => loadScenarioFile(name).scenario;
const pair = (a: string, b: string) => [a, b].sort().join('-');

const VARIANTS = ['transfers', 'market-unification', 'infrastructure', 'rural-revitalization', 'industrial-relocation', 'common-prosperity'];
const ALL = ['china-2000', 'china-2020', ...VARIANTS, 'two-regions', 'identical-regions'];

describe('bundled scenarios', () => {
  it('are the ones the brief lists', () => {
    expect(bundledNames()).toEqual([...ALL].sort());
  });

  it.each(ALL)('%s validates, loads and compiles', (name) => {
    expect(validateScenarioFile(name)).toEqual([]);
    const s = load(name);
    expect(s.name).toBe(name);
    expect(s.description.length).toBeGreaterThan(40);
    expect(compileSchedule(s)).toHaveLength(s.steps + 1);
    for (const l of s.links) expect(l.cost).toBeGreaterThan(0);
  });

  it.each(ALL)('%s points editors to the schema', (name) => {
    expect(raw(name).$schema).toBe('./schema.json');
  });
});

describe('china-2020', () => {
  const s = load('china-2020');

  it('has the 31 provinces with ids without "CN-", grouped 10/6/12/3 (data README)', () => {
    expect(s.regions).toHaveLength(31);
    expect(s.regions.map((r) => r.id)).toContain('BJ');
    const count = (g: string) => s.regions.filter((r) => r.group === g).length;
    expect([count('east'), count('central'), count('west'), count('northeast')]).toEqual([10, 6, 12, 3]);
  });

  it('sums to the census population of the 31 units, 1,409,778,724 (data README)', () => {
    expect(s.regions.reduce((sum, r) => sum + r.population, 0)).toBe(1_409_778_724);
  });

  it('derives shares and GDP per person from the CSV (Beijing row worked by hand)', () => {
    const bj = s.regions.find((r) => r.id === 'BJ');
    // urbanization_2020 87.5 → 0.875; 36102.6 × 1e8 yuan / 21,893,095 persons = 164,904.05 yuan.
    expect(bj).toMatchObject({ name: 'Beijing', population: 21_893_095, urbanShare: 0.875, gdpPerCapita: 164_904, lon: 116.4, lat: 39.9 });
  });

  it('links every row of china-province-links.csv, none with a cost in the file', () => {
    // The CSV has 69 rows: 68 land borders and Guangdong–Hainan by sea.
    const links = raw('china-2020').links as { from: string; to: string; cost?: number }[];
    expect(links).toHaveLength(69);
    expect(links.every((l) => l.cost === undefined)).toBe(true);
    expect(links).toContainEqual({ from: 'GD', to: 'HI' });
    expect(new Set(links.map((l) => pair(l.from, l.to))).size).toBe(69);
  });

  it('runs 20 steps from seed 1', () => {
    expect([s.steps, s.seed]).toEqual([20, 1]);
  });
});

describe('china-2000', () => {
  const s = load('china-2000');
  const s2020 = load('china-2020');

  it('uses the 2000 population and GDP per person (Beijing worked by hand)', () => {
    const bj = s.regions.find((r) => r.id === 'BJ');
    // 1364 × 1e4 persons; 3161.66 × 1e8 yuan / 13,640,000 = 23,179.3 yuan.
    expect(bj).toMatchObject({ population: 13_640_000, gdpPerCapita: 23_179 });
  });

  it('estimates provincial urban shares whose population-weighted mean is the 2000 census figure, 36.2%, and says so', () => {
    const total = s.regions.reduce((sum, r) => sum + r.population, 0);
    const national = s.regions.reduce((sum, r) => sum + r.population * r.urbanShare, 0) / total;
    expect(national).toBeCloseTo(0.362, 3);
    // The 2020 ranking is kept: the logit shift is monotone.
    const order = (list: typeof s.regions) => list.map((r) => r.id).sort((a, b) => {
      const u = (id: string) => list.find((r) => r.id === id)!.urbanShare;
      return u(a) - u(b) || a.localeCompare(b);
    });
    expect(s.regions.find((r) => r.id === 'SH')!.urbanShare).toBeGreaterThan(0.7);
    expect(s.regions.find((r) => r.id === 'XZ')!.urbanShare).toBeLessThan(0.2);
    expect(order(s.regions).slice(-3)).toEqual(order(s2020.regions).slice(-3));
    expect(s.description).toContain('ESTIMATE');
    expect(s.description).toContain('36.2%');
  });

  it('keeps the coordinates and links of china-2020', () => {
    expect(s.regions.map((r) => [r.id, r.lon, r.lat])).toEqual(s2020.regions.map((r) => [r.id, r.lon, r.lat]));
    expect(s.links).toEqual(s2020.links);
  });
});

describe('policy variants', () => {
  const base = load('china-2020');

  it.each(VARIANTS)('%s extends china-2020 and keeps its regions', (name) => {
    expect(raw(name).extends).toBe('china-2020');
    expect(load(name).regions).toEqual(base.regions);
  });

  it('transfers pays out 80% of central revenue', () => {
    expect(load('transfers').policy.transfers.rate).toBe(0.8);
  });

  it('market-unification lowers the barriers and raises access and settlement', () => {
    const p = load('market-unification').policy;
    for (const k of ['migrationCost', 'hukouPenalty', 'tradeBarrier', 'capitalFriction'] as const) expect(p[k]).toBeLessThan(DEFAULT_POLICY[k]);
    for (const k of ['hukouAccess', 'settlement'] as const) expect(p[k]).toBeGreaterThan(DEFAULT_POLICY[k]);
  });

  it('infrastructure adds new west-east links at step 3 and halves existing western ones at step 5', () => {
    const existing = new Set(base.links.map((l) => pair(l.from, l.to)));
    const byStep = compileSchedule(load('infrastructure'));
    const added = byStep[3].filter((a) => a.kind === 'addLink');
    expect(added.length).toBeGreaterThanOrEqual(3);
    for (const a of added) if (a.kind === 'addLink') expect(existing.has(pair(a.link.from, a.link.to))).toBe(false);
    const cheaper = byStep[5].filter((a) => a.kind === 'linkCost');
    expect(cheaper.length).toBeGreaterThan(0);
    const west = new Set(base.regions.filter((r) => r.group === 'west').map((r) => r.id));
    for (const a of cheaper) {
      if (a.kind !== 'linkCost') continue;
      expect(a.factor).toBe(0.5);
      expect(existing.has(pair(a.from, a.to)) && west.has(a.from) && west.has(a.to)).toBe(true);
    }
  });

  it('rural-revitalization raises rural TFP growth and lowers the cost of switching sector', () => {
    const s = load('rural-revitalization');
    expect(s.policy.ruralTfpGrowth).toBeGreaterThan(DEFAULT_POLICY.ruralTfpGrowth);
    expect(s.params.sectorSwitchCost).toBeLessThan(DEFAULT_PARAMS.sectorSwitchCost);
  });

  it('industrial-relocation subsidises west and central at 0.03 and lowers relocation cost', () => {
    const p = load('industrial-relocation').policy;
    expect(p.relocationSubsidy).toEqual({ rate: 0.03, regions: [], groups: ['west', 'central'] });
    expect(p.relocationCost).toBeLessThan(DEFAULT_POLICY.relocationCost);
  });

  it('common-prosperity combines the four priorities, one of them ramped', () => {
    const s = load('common-prosperity');
    expect(s.policy.transfers.rate).toBe(0.8);
    expect(s.policy.relocationSubsidy.rate).toBe(0.03);
    expect(s.policy.ruralTfpGrowth).toBe(load('rural-revitalization').policy.ruralTfpGrowth);
    expect(s.schedule.some((e) => e.addLink)).toBe(true);
    const ramp = s.schedule.find((e) => (e.over ?? 1) > 1);
    expect(ramp?.set?.['policy.hukouPenalty']).toBe(load('market-unification').policy.hukouPenalty);
  });
});

describe('teaching scenarios', () => {
  it('two-regions: two identical regions, one link, strong agglomeration, 10,000 agents', () => {
    const s = load('two-regions');
    expect(s.regions.map((r) => r.id)).toEqual(['A', 'B']);
    const { id: _a, name: _n, ...a } = s.regions[0];
    const { id: _b, name: _m, ...b } = s.regions[1];
    expect(a).toEqual(b);
    expect(s.links).toHaveLength(1);
    expect(s.params.laborAgents).toBe(10_000);
    expect(s.params.agglomeration).toBeGreaterThan(DEFAULT_PARAMS.agglomeration);
    expect(s.policy.tradeBarrier).toBeLessThan(DEFAULT_POLICY.tradeBarrier);
  });

  it('identical-regions: four identical regions with tfp, in a ring', () => {
    const s = load('identical-regions');
    expect(s.regions).toHaveLength(4);
    expect(new Set(s.regions.map((r) => JSON.stringify({ ...r, id: '', name: '' }))).size).toBe(1);
    expect(s.regions.every((r) => typeof r.tfp === 'number')).toBe(true);
    const degree = (id: string) => s.links.filter((l) => l.from === id || l.to === id).length;
    expect(s.regions.map((r) => degree(r.id))).toEqual([2, 2, 2, 2]);
  });
});

describe('scripts/build-scenarios.ts', () => {
  it('wrote the committed policy and teaching files', () => {
    const linked = new Set(load('china-2020').links.map((l) => pair(l.from, l.to)));
    for (const [name, built] of Object.entries({ ...policyScenarios(linked), ...teachingScenarios() })) {
      expect(raw(name), name).toEqual(built);
    }
  });

  it.skipIf(!existsSync(DATA_DIR))('wrote the committed China files from the data folder', () => {
    const built = buildScenarios(DATA_DIR);
    expect(raw('china-2020')).toEqual(built['china-2020']);
    expect(raw('china-2000')).toEqual(built['china-2000']);
  });
});

describe('the "About this scenario" texts and base years', () => {
  it.each(ALL)('%s has its own teaching text: what it is, how it works, things to notice and to try', (name) => {
    const t = load(name).teaching;
    expect(t?.what?.length).toBeGreaterThan(40);
    expect(t?.how?.length).toBeGreaterThan(40);
    expect(t?.notice?.length).toBeGreaterThanOrEqual(2);
    expect(t?.try?.length).toBeGreaterThanOrEqual(2);
    // Guidance for the page: no CLI flags a class cannot type into a slider.
    expect(JSON.stringify(t)).not.toContain('--set');
  });

  it('teaching texts are not inherited: a variant without one has none', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ff-teaching-')), 'mine.json');
    writeFileSync(file, JSON.stringify({ name: 'mine', extends: 'china-2020' }));
    const scenario = loadScenarioFile(file).scenario;
    expect(scenario.teaching).toBeUndefined();
    expect(scenario.baseYear).toBe(2020);
    expect(load('transfers').teaching).not.toEqual(load('china-2020').teaching);
  });

  it('china-2020 starts in 2020, china-2000 in 2000, the variants inherit 2020, the toy scenarios have none', () => {
    expect(load('china-2020').baseYear).toBe(2020);
    expect(load('china-2000').baseYear).toBe(2000);
    for (const v of VARIANTS) expect(load(v).baseYear, v).toBe(2020);
    expect(load('two-regions').baseYear).toBeUndefined();
  });

  it('two-regions no longer points a class to command-line flags', () => {
    expect(load('two-regions').description).not.toContain('--set');
  });
});
