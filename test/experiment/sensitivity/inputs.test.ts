// Parsing --vary ranges and --outcomes, the plans' run lists, and the noise rows.
import { describe, expect, it } from 'vitest';
import { parseRangeArg, planMorris, planSobol } from '../../../src/experiment/sensitivity/design.ts';
import { noiseRows } from '../../../src/experiment/sensitivity/noise.ts';
import { outcomeValue, parseOutcome, parseOutcomes } from '../../../src/experiment/sensitivity/outcomes.ts';
import type { RunData } from '../../../src/experiment/runs/run-folder.ts';

describe('--vary KEY=LO:HI', () => {
  it('reads a range and refuses bad ones naming the key', () => {
    expect(parseRangeArg('policy.floor=0:0.3')).toEqual({ key: 'policy.floor', lo: 0, hi: 0.3 });
    expect(parseRangeArg('k=-1:1e3')).toEqual({ key: 'k', lo: -1, hi: 1000 });
    expect(() => parseRangeArg('k=1:1')).toThrow('--vary k: LO must be less than HI (got 1:1)');
    expect(() => parseRangeArg('k=0,1')).toThrow(/--vary k=0,1: expected KEY=LO:HI/);
    expect(() => parseRangeArg('k=0:1:2')).toThrow(/expected KEY=LO:HI/);
    expect(() => parseRangeArg('k=a:1')).toThrow('--vary k: LO and HI must be numbers (got "a:1")');
  });
});

describe('--outcomes', () => {
  it('reads columns at a step, changes between steps and run figures; resolves last', () => {
    expect(parseOutcome('gini_households@20', 20)).toMatchObject({ kind: 'at', label: 'gini_households@20', step: 20 });
    expect(parseOutcome('theil@last', 30)).toMatchObject({ kind: 'at', label: 'theil@30', step: 30 });
    expect(parseOutcome('sd_log_gdp_pc@0..last', 20)).toMatchObject({ kind: 'change', label: 'sd_log_gdp_pc@0..20', from: 0, to: 20 });
    expect(parseOutcome('halfLife', 20)).toMatchObject({ kind: 'figure', figure: 'halfLife' });
    expect(parseOutcomes(['beta,theil@5', 'beta'], 20).map((o) => o.label)).toEqual(['beta', 'theil@5']);
  });

  it('names the mistake', () => {
    expect(() => parseOutcome('gini_household@20', 20)).toThrow(/unknown column "gini_household" \(did you mean "gini_households"\?\)/);
    expect(() => parseOutcome('theil@21', 20)).toThrow(/step "21" must be a whole number from 0 to 20/);
    expect(() => parseOutcome('theil@5..2', 20)).toThrow(/FROM must be an earlier step than TO/);
    expect(() => parseOutcome('theil', 20)).toThrow(/say at which step, e.g. theil@20/);
    expect(() => parseOutcome('beta@20', 20)).toThrow(/"beta" is a run figure: write it without @/);
    expect(() => parseOutcome('halflife', 20)).toThrow(/did you mean "halfLife"/);
  });

  it('reads the number off a run', () => {
    const run = { dir: 'x', steps: [0, 1, 2], values: { theil: [0.5, 0.4, 0.25] }, figures: { beta: -0.02 } } as unknown as RunData;
    expect(outcomeValue(parseOutcome('theil@0..2', 2), run)).toBe(0.25 - 0.5);
    expect(outcomeValue(parseOutcome('theil@1', 2), run)).toBe(0.4);
    expect(outcomeValue(parseOutcome('beta', 2), run)).toBe(-0.02);
  });
});

describe('plans', () => {
  const ranges = [parseRangeArg('a=0:1'), parseRangeArg('b=10:20')];

  it('Sobol: N(d + 2) design runs at the common seed, then the base point replicated with seeds seed..seed+K−1', () => {
    const plan = planSobol(ranges, 8, false, 7, 3);
    expect(plan.designRuns).toBe(32);
    expect(plan.runs.map((r) => r.run)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(plan.runs.slice(0, 32).every((r) => r.seed === 7 && r.rep === 1 && r.point === r.run)).toBe(true);
    expect(plan.runs.slice(32).map((r) => [r.point, r.rep, r.seed, r.role, r.values])).toEqual([
      [33, 1, 7, 'base', [0.5, 15]], [33, 2, 8, 'base', [0.5, 15]], [33, 3, 9, 'base', [0.5, 15]],
    ]);
    // Row 2 of the Sobol sequence in 4 dimensions is (0.5, 0.5, 0.5, 0.5): A = B there.
    expect(plan.runs.slice(4, 8).map((r) => [r.role, r.block, r.values])).toEqual([
      ['A', 2, [0.5, 15]], ['AB:a', 2, [0.5, 15]], ['AB:b', 2, [0.5, 15]], ['B', 2, [0.5, 15]],
    ]);
    expect(planSobol(ranges, 8, true, 7, 0).runs.length).toBe(8 * 6);
    expect(() => planSobol(ranges, 12, false, 7, 3)).toThrow('--n: Sobol needs N a power of 2 (e.g. 8 or 16), got 12');
  });

  it('Morris: the same design for the same seed, another for another seed', () => {
    const one = planMorris(ranges, 5, 4, 1, 2);
    expect(one.designRuns).toBe(15);
    expect(planMorris(ranges, 5, 4, 1, 2)).toEqual(one);
    expect(planMorris(ranges, 5, 4, 2, 2).runs.map((r) => r.values)).not.toEqual(one.runs.map((r) => r.values));
    expect(one.runs[0].role).toBe('start');
    expect(one.runs[1].role).toMatch(/^move:(a|b)$/);
    expect(one.runs.slice(0, 15).every((r) => r.values[1] >= 10 && r.values[1] <= 20)).toBe(true);
  });
});

describe('seed noise', () => {
  it('is s² / V with chi-square bounds', () => {
    // reps 1, 2, 3: s² = 1; design 0, 2, 4, 6: V = 20/3; share = 0.15.
    const [share, sd] = noiseRows('sobol', 'y', [0, 2, 4, 6], [1, 2, 3]);
    expect(share.value).toBeCloseTo(0.15, 12);
    // χ²(0.975, 2) = 7.3778, χ²(0.025, 2) = 0.050636: 2/7.3778 = 0.27108, 2/0.050636 = 39.498.
    expect(share.ci_low).toBeCloseTo(0.27108 * 0.15, 4);
    expect(share.ci_high).toBeCloseTo(39.498 * 0.15, 2);
    expect(sd.value).toBe(1);
    expect(sd.ci_low).toBeCloseTo(Math.sqrt(0.27108), 4);
  });
});
