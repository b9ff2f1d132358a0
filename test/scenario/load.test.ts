// Loading: extends, defaults, overrides and link costs, through an in-memory source (the
// way a browser would load) so the expected values are visible in the test itself.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  DEFAULT_POLICY,
  ScenarioError,
  greatCircleKm,
  loadScenario,
  validateFile,
  validateScenario,
} from '../../src/scenario/index.ts';
import { memorySource, TWO_REGIONS } from './memory-source.ts';

const base = {
  name: 'base',
  description: 'the base',
  steps: 8,
  params: { alpha: 0.3, saving: 0.2 },
  policy: { transfers: { rate: 0.7, formula: 'per-capita' }, relocationSubsidy: { rate: 0.02, groups: ['west', 'east'] } },
  regions: TWO_REGIONS,
  links: [{ from: 'A', to: 'B', cost: 40 }],
  schedule: [{ step: 2, set: { 'policy.floor': 0.2 } }],
};

function load(files: Record<string, unknown>, ref: string, overrides: string[] = [], bundled = {}) {
  return loadScenario(ref, { ...memorySource(files, bundled), overrides });
}

function problems(files: Record<string, unknown>, ref: string, overrides: string[] = []): string[] {
  return validateFile(ref, { ...memorySource(files), overrides }).map((p) => `${p.file}: ${p.path}: ${p.message}`);
}

describe('extends', () => {
  it('merges objects key by key, the extending file winning', () => {
    const child = { extends: 'base.json', params: { alpha: 0.45 }, policy: { transfers: { rate: 0.9 } } };
    const { scenario } = load({ 'dir/base.json': base, 'dir/child.json': child }, 'dir/child.json');
    expect(scenario.params.alpha).toBe(0.45); // child
    expect(scenario.params.saving).toBe(0.2); // base
    expect(scenario.params.delta).toBe(DEFAULT_PARAMS.delta); // default
    expect(scenario.policy.transfers).toEqual({ rate: 0.9, formula: 'per-capita', targetRatio: DEFAULT_POLICY.transfers.targetRatio, use: DEFAULT_POLICY.transfers.use });
    expect(scenario.steps).toBe(8);
  });

  it('replaces arrays whole', () => {
    const child = { extends: 'base.json', policy: { relocationSubsidy: { groups: ['east'] } }, schedule: [{ step: 3, set: { 'policy.floor': 0.3 } }] };
    const { scenario } = load({ 'base.json': base, 'child.json': child }, 'child.json');
    expect(scenario.policy.relocationSubsidy).toEqual({ rate: 0.02, regions: [], groups: ['east'] });
    expect(scenario.schedule).toEqual([{ step: 3, set: { 'policy.floor': 0.3 } }]);
  });

  it('resolves paths relative to the extending file, through several levels', () => {
    const files = {
      'a/base.json': base,
      'a/b/mid.json': { extends: '../base.json', seed: 5 },
      'c/top.json': { extends: '../a/b/mid.json', steps: 3 },
    };
    const { scenario, files: read } = load(files, 'c/top.json');
    expect(read).toEqual(['c/top.json', 'a/b/mid.json', 'a/base.json']);
    expect([scenario.seed, scenario.steps, scenario.params.alpha]).toEqual([5, 3, 0.3]);
  });

  it('takes a bundled name', () => {
    const { scenario, files } = load({ 'mine.json': { extends: 'china-test', steps: 4 } }, 'mine.json', [], { 'china-test': base });
    expect(files).toEqual(['mine.json', 'bundled/china-test.json']);
    expect(scenario.regions.map((r) => r.id)).toEqual(['A', 'B']);
  });

  it('does not inherit name and description: they describe one file', () => {
    const { scenario } = load({ 'x/base.json': base, 'x/my-variant.json': { extends: 'base.json' } }, 'x/my-variant.json');
    expect(scenario.name).toBe('my-variant');
    expect(scenario.description).toBe('');
  });

  it('reports a cycle and a missing file', () => {
    expect(problems({ 'a.json': { extends: 'b.json' }, 'b.json': { extends: 'a.json' } }, 'a.json')).toEqual([
      'b.json: extends: extends cycle: a.json → b.json → a.json',
    ]);
    expect(problems({ 'a.json': { extends: 'gone.json' } }, 'a.json')).toEqual(['a.json: extends: cannot read "gone.json" (no such file)']);
    expect(problems({}, 'nothing.json')).toEqual(['nothing.json: : cannot read file (no such file)']);
  });

  it('reports a file extending itself', () => {
    expect(problems({ 'a.json': { extends: 'a.json' } }, 'a.json')).toEqual(['a.json: extends: extends cycle: a.json → a.json']);
  });

  it('reports the problems of every file in the chain at once', () => {
    const files = { 'base.json': { ...base, params: { alpha: 2 } }, 'top.json': { extends: 'base.json', seeds: 3 } };
    expect(problems(files, 'top.json')).toEqual([
      'top.json: seeds: unknown key (did you mean "seed"?)',
      'base.json: params.alpha: must be a number in (0, 1) (got 2)',
    ]);
  });

  it('names the file that gave a value when the merge makes it wrong', () => {
    // The base targets groups west and east; the child's regions have neither.
    const regions = TWO_REGIONS.map((r) => ({ ...r, group: 'north' }));
    expect(problems({ 'base.json': base, 'top.json': { extends: 'base.json', regions } }, 'top.json')).toEqual([
      'base.json: policy.relocationSubsidy.groups[0]: unknown group "west"',
      'base.json: policy.relocationSubsidy.groups[1]: unknown group "east"',
    ]);
  });
});

describe('defaults', () => {
  it('fill every key a file leaves out; the name comes from the file name', () => {
    const { scenario } = load({ 'runs/tiny.json': { regions: TWO_REGIONS, links: [] } }, 'runs/tiny.json');
    expect(scenario.name).toBe('tiny');
    expect(scenario.params).toEqual(DEFAULT_PARAMS);
    expect(scenario.policy).toEqual(DEFAULT_POLICY);
    expect([scenario.steps, scenario.seed]).toEqual([20, 1]); // DEFAULT_STEPS, DEFAULT_SEED in defaults.ts
    expect(scenario.schedule).toEqual([]);
  });

  it('are copies: changing a loaded scenario leaves the defaults and the next load alone', () => {
    const files = { 't.json': { regions: TWO_REGIONS } };
    load(files, 't.json').scenario.policy.relocationSubsidy.regions.push('A');
    expect(DEFAULT_POLICY.relocationSubsidy.regions).toEqual([]);
    expect(load(files, 't.json').scenario.policy.relocationSubsidy.regions).toEqual([]);
  });
});

describe('--set overrides', () => {
  const files = { 'base.json': base };

  it('parse the value as JSON when they can, else keep the text', () => {
    const { scenario } = load(files, 'base.json', [
      'params.alpha=0.25',
      'policy.transfers.formula=none',
      'steps=12',
      'policy.relocationSubsidy.regions=["A"]',
      'name=2030',
    ]);
    expect(scenario.params.alpha).toBe(0.25);
    expect(scenario.policy.transfers.formula).toBe('none');
    expect(scenario.steps).toBe(12);
    expect(scenario.policy.relocationSubsidy.regions).toEqual(['A']);
    expect(scenario.name).toBe('2030'); // a string key keeps the text
  });

  it('merge an object value into the object at that key', () => {
    const { scenario } = load(files, 'base.json', ['policy.transfers={"rate":0.1}']);
    expect(scenario.policy.transfers).toEqual({ rate: 0.1, formula: 'per-capita', targetRatio: 1, use: DEFAULT_POLICY.transfers.use });
  });

  it('check that the transfer channel shares sum to 1, naming the key', () => {
    expect(problems(files, 'base.json', ['policy.transfers.use.households=0.5'])).toEqual([
      'base.json: policy.transfers.use: shares households + services + investment sum to 1.4, must sum to 1',
    ]);
    expect(problems(files, 'base.json', ['policy.transfers.use={"households":0.5,"services":0.4,"investment":0.1}'])).toEqual([]);
  });

  it('apply in order, the last one winning', () => {
    expect(load(files, 'base.json', ['seed=3', 'seed=4']).scenario.seed).toBe(4);
  });

  it('are checked like the file: unknown keys, types, ranges', () => {
    expect(problems(files, 'base.json', ['params.alpah=0.3', 'policy.settlement=2', 'steps=many', 'extends=x', 'oops'])).toEqual([
      '--set: params.alpah: unknown key (did you mean "params.alpha"?)',
      '--set: policy.settlement: must be a number in [0, 1] (got 2)',
      '--set: steps: must be an integer >= 1 (got "many")',
      '--set: extends: can only be given in a file',
      '--set: : expected KEY=VALUE (got "oops")',
    ]);
  });

  it('come before the checks of the whole, so a shorter run moves schedule dates out of range', () => {
    expect(problems(files, 'base.json', ['steps=1'])).toEqual([
      'base.json: schedule[0].step: must be within 1..1, the steps of the run (got 2)',
    ]);
  });
});

describe('link costs', () => {
  it('are great-circle km × params.linkCostPerKm where a link gives none', () => {
    const file = { regions: TWO_REGIONS, links: [{ from: 'A', to: 'B' }], params: { linkCostPerKm: 2 } };
    const { scenario } = load({ 'l.json': file }, 'l.json');
    // 1° of longitude on the equator: 2πR/360 = 111.19 km with R = 6371 km.
    const km = (2 * Math.PI * 6371) / 360;
    expect(scenario.links[0].cost).toBeCloseTo(2 * km, 2);
  });

  it('are filled for scheduled addLink entries too, and kept where given', () => {
    const file = {
      regions: [...TWO_REGIONS, { ...TWO_REGIONS[0], id: 'C', lon: 0, lat: 1 }],
      links: [{ from: 'A', to: 'B', cost: 7 }],
      schedule: [{ step: 1, addLink: { from: 'A', to: 'C' } }],
    };
    const { scenario } = load({ 'l.json': file }, 'l.json', ['params.linkCostPerKm=0.5']);
    expect(scenario.links[0].cost).toBe(7);
    expect(scenario.schedule[0].addLink?.cost).toBeCloseTo(0.5 * greatCircleKm(0, 0, 0, 1), 9);
  });
});

describe('errors', () => {
  it('loadScenario throws a ScenarioError whose message has one line per problem', () => {
    const files = { 'bad.json': { regions: TWO_REGIONS, steps: 0, params: { alpha: 0 } } };
    let error: unknown;
    try {
      load(files, 'bad.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const e = error as ScenarioError;
    expect(e.problems).toHaveLength(2);
    expect(e.message.split('\n')).toEqual([
      'bad.json: steps: must be an integer >= 1 (got 0)',
      'bad.json: params.alpha: must be a number in (0, 1) (got 0)',
    ]);
  });

  it('validateScenario checks a scenario held in memory, resolved or not', () => {
    const resolved = load({ 'base.json': base }, 'base.json').scenario;
    expect(validateScenario(resolved)).toEqual([]);
    expect(validateScenario({ ...resolved, seed: -1 }, 'web')).toEqual([
      { file: 'web', path: 'seed', message: 'must be an integer >= 0 (got -1)' },
    ]);
  });
});

describe('bundled names', () => {
  it('a bare word that is no bundled scenario lists the bundled ones and how to name a file', () => {
    const src = memorySource({}, { alpha: base, beta: base });
    expect(validateFile('gamma', src).map((p) => p.message)).toEqual([
      'no bundled scenario named "gamma" (bundled: alpha, beta; a file needs a folder or ".json", e.g. ./gamma.json)',
    ]);
    expect(validateFile('alpah', src).map((p) => p.message)).toEqual(['no bundled scenario named "alpah" (did you mean "alpha"?)']);
  });
});
