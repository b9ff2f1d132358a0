// compileSchedule: actions per step, ramps worked by hand from the rule
// value at step + k = v0 + (target − v0)(k + 1)/N (docs/scenarios.md, "Ramps").
import { describe, expect, it } from 'vitest';
import { compileSchedule, loadScenario, type ScheduleEntry } from '../../src/scenario/index.ts';
import { memorySource, TWO_REGIONS } from './memory-source.ts';

function compiled(schedule: ScheduleEntry[], extra: object = {}) {
  const file = { steps: 10, regions: TWO_REGIONS, links: [{ from: 'A', to: 'B', cost: 9 }], schedule, ...extra };
  const { scenario } = loadScenario('s.json', memorySource({ 's.json': file }));
  return compileSchedule(scenario);
}

/** The values set at `key`, step by step (undefined where nothing is set). */
function values(byStep: ReturnType<typeof compileSchedule>, key: string): (unknown | undefined)[] {
  return byStep.map((actions) => {
    const sets = actions.filter((a) => a.kind === 'set' && a.key === key);
    return sets.length ? (sets[sets.length - 1] as { value: unknown }).value : undefined;
  });
}

describe('compileSchedule', () => {
  it('has one list per step 0..steps; step 0 stays empty', () => {
    const byStep = compiled([{ step: 3, set: { 'policy.floor': 0.4 } }]);
    expect(byStep).toHaveLength(11);
    expect(byStep[0]).toEqual([]);
    expect(byStep[3]).toEqual([{ kind: 'set', key: 'policy.floor', value: 0.4 }]);
  });

  it('ramps from the value in force to the target, reaching it at step + over − 1', () => {
    // migrationCost default 2 → 0 over 4 steps from step 2: 2 − 2·(k+1)/4 = 1.5, 1, 0.5, 0 at steps 2..5.
    const byStep = compiled([{ step: 2, over: 4, set: { 'policy.migrationCost': 0 } }]);
    expect(values(byStep, 'policy.migrationCost')).toEqual([undefined, undefined, 1.5, 1, 0.5, 0, undefined, undefined, undefined, undefined, undefined]);
  });

  it('starts a ramp from the value an earlier set left', () => {
    // floor set to 0.5 at step 1, then ramped to 0.1 over 2 steps from 4: 0.5 − 0.4·1/2 = 0.3, then 0.1.
    const byStep = compiled([
      { step: 4, over: 2, set: { 'policy.floor': 0.1 } },
      { step: 1, set: { 'policy.floor': 0.5 } },
    ]);
    const v = values(byStep, 'policy.floor');
    expect(v[1]).toBe(0.5);
    expect(v[4]).toBeCloseTo(0.3, 12);
    expect(v[5]).toBeCloseTo(0.1, 12);
  });

  it('rounds ramps of integer keys', () => {
    // exitYears default 3 → 10 over 3 steps: 3 + 7/3 = 5.33 → 5, 3 + 14/3 = 7.67 → 8, then 10.
    const byStep = compiled([{ step: 1, over: 3, set: { 'params.exitYears': 10 } }]);
    expect(values(byStep, 'params.exitYears').slice(1, 4)).toEqual([5, 8, 10]);
  });

  it('drops ramp steps after the end of the run', () => {
    // tradeBarrier default 200 → 0 over 4 from step 9: 150 at 9, 100 at 10; the run ends there.
    const byStep = compiled([{ step: 9, over: 4, set: { 'policy.tradeBarrier': 0 } }]);
    expect(values(byStep, 'policy.tradeBarrier').slice(9)).toEqual([150, 100]);
  });

  it('applies values that cannot ramp at the entry step', () => {
    const byStep = compiled([{ step: 2, over: 3, set: { 'policy.transfers.formula': 'none', 'policy.relocationSubsidy.groups': ['west'] } }]);
    expect(byStep[2]).toEqual([
      { kind: 'set', key: 'policy.transfers.formula', value: 'none' },
      { kind: 'set', key: 'policy.relocationSubsidy.groups', value: ['west'] },
    ]);
    expect(byStep[3]).toEqual([]);
  });

  it('keeps the file order within a step, after sorting by step', () => {
    const byStep = compiled([
      { step: 5, removeLink: { from: 'A', to: 'B' } },
      { step: 2, linkCost: { from: 'B', to: 'A', factor: 0.5 } },
      { step: 2, linkCost: { from: 'A', to: 'B', cost: 3 } },
    ]);
    expect(byStep[2]).toEqual([
      { kind: 'linkCost', from: 'B', to: 'A', factor: 0.5 },
      { kind: 'linkCost', from: 'A', to: 'B', cost: 3 },
    ]);
    expect(byStep[5]).toEqual([{ kind: 'removeLink', from: 'A', to: 'B' }]);
  });

  it('gives added links their great-circle cost', () => {
    const regions = [...TWO_REGIONS, { ...TWO_REGIONS[0], id: 'C', lon: 2, lat: 0 }];
    const byStep = compiled([{ step: 1, addLink: { from: 'A', to: 'C' } }], { regions });
    // 2° of longitude on the equator: 2·2π·6371/360 = 222.39 km, at the default 1 per km.
    expect(byStep[1]).toHaveLength(1);
    const action = byStep[1][0];
    expect(action.kind === 'addLink' && action.link.cost).toBeCloseTo((2 * 2 * Math.PI * 6371) / 360, 2);
  });
});
