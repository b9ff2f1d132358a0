// The metrics on China's 31 provinces in 2000 (and 2000 -> 2020 for beta-convergence),
// against values computed independently by reference/china_2000.py (Python standard
// library, math.fsum, textbook formulas: pairwise Gini, centred closed-form OLS), run once
// with `python3 test/metrics/reference/china_2000.py` and pasted here.
import { describe, it, expect } from 'vitest';
import {
  betaConvergence, cv, giniWeighted, gini, mean, povertyRate, sdLog, sigmaChange, theil,
  theilDecomposition, weightedCv, weightedMean,
} from '../../src/metrics/index.ts';
import { expectClose, gdpPerPerson2020, provinces2000 } from './helpers.ts';

const provinces = provinces2000();
const x = provinces.map((p) => p.gdpPerPerson);
const pop = provinces.map((p) => p.population);
const groups = provinces.map((p) => p.group);
const by2020 = gdpPerPerson2020();
const x2020 = provinces.map((p) => by2020.get(p.iso) as number);

describe('metrics on the 2000 provincial data (reference/china_2000.py)', () => {
  it('has the 31 provinces', () => {
    expect(provinces).toHaveLength(31);
  });

  it('means', () => {
    expectClose(mean(x), 8433.902411173201);
    expectClose(weightedMean(x, pop), 7833.05289892456);
  });

  it('dispersion: CV, weighted CV, sd of logs', () => {
    expectClose(cv(x), 0.6797148427695302);
    expectClose(weightedCv(x, pop), 0.542795561376077);
    expectClose(sdLog(x), 0.5223192147680303);
  });

  it('Theil T and its decomposition by the four economic zones', () => {
    expectClose(theil(x, pop), 0.12010132133389377);
    const d = theilDecomposition(x, pop, groups);
    expectClose(d.total, 0.12010132133389377);
    expectClose(d.between, 0.08055607780328222);
    expectClose(d.within, 0.039545243530611514);
    expect(d.groups.map((g) => g.group)).toEqual(['central', 'east', 'northeast', 'west']);
    const expected = [
      [0.1915114160086045, 0.00412293821265515],
      [0.5344214938209622, 0.06096987090917247],
      [0.09901426196810195, 0.016161500006425487],
      [0.1750528282023314, 0.026116832030390356],
    ];
    d.groups.forEach((g, i) => {
      expectClose(g.share, expected[i][0]);
      expectClose(g.theil, expected[i][1]);
    });
  });

  it('Gini across regions, weighted (pairwise definition) and unweighted', () => {
    expectClose(giniWeighted(x, pop), 0.26150382831909275);
    expectClose(gini(x), 0.3143889416588535);
  });

  it('poverty rate with a line of 10,000 yuan per person (a test line, not an official one)', () => {
    expectClose(povertyRate(x, 10000, pop), 0.7442358823762848);
  });

  it('beta-convergence 2000 -> 2020, OLS', () => {
    const b = betaConvergence(x, x2020, 20);
    expectClose(b.beta, -0.02105112546846546, 1e-10);
    expectClose(b.se, 0.0036172896081421487, 1e-10);
    expectClose(b.r2, 0.5387129082828477, 1e-10);
    expectClose(b.speed, 0.027324583922517614, 1e-10);
    expectClose(b.halfLife, 25.36716323020521, 1e-10);
    expect(b.n).toBe(31);
    expect(b.years).toBe(20);
  });

  it('beta-convergence 2000 -> 2020, population-weighted (WLS)', () => {
    const b = betaConvergence(x, x2020, 20, pop);
    expectClose(b.beta, -0.023053700257219173, 1e-10);
    expectClose(b.se, 0.004204583736898849, 1e-10);
    expectClose(b.r2, 0.509000566238148, 1e-10);
    expectClose(b.speed, 0.030908850916211005, 1e-10);
    expectClose(b.halfLife, 22.425524081725246, 1e-10);
  });

  it('sigma-convergence 2000 -> 2020', () => {
    const s = sigmaChange(x, x2020);
    expectClose(s.start, 0.5223192147680303);
    expectClose(s.end, 0.36450188904231423);
    expectClose(s.change, 0.36450188904231423 - 0.5223192147680303);
  });
});
