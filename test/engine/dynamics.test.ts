// Credible long-run dynamics (issue 8): identical regions stay equal over 80 years, plants
// move in capped shares, a calibrated start stays on its path, congestion holds the big
// municipalities near the data, and a relocation subsidy raises its target's firms.
// Several seeds each; small agent counts where the figure does not depend on them.
import { describe, expect, it } from 'vitest';
import { createModel, simulate, start, type Model } from '../../src/engine/index.ts';
import { PHASES } from '../../src/engine/step.ts';
import { bundledNames, loadScenarioFile } from '../../src/io/scenario-files.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const load = (name: string, overrides: string[]) => loadScenarioFile(name, overrides).scenario;
const SEEDS3 = [1, 2, 3];
const SEEDS5 = [1, 2, 3, 4, 5];

describe('identical regions over 80 years (seeds 1–5)', () => {
  const runs = SEEDS5.map((seed) => {
    const run = simulate(load('identical-regions', ['steps=80', `seed=${seed}`]));
    // The largest share of its region's capital that any firm held, at any step (regions.csv).
    const firmShare = Math.max(...run.regions.map((r) => r.top_firm_capital_share));
    return { run, firmShare };
  });
  it('keep the CV of GDP per person below 0.04 and the Theil index below 0.002', () => {
    for (const { run } of runs) {
      expect(Math.max(...run.national.map((n) => n.cv_gdp_pc))).toBeLessThan(0.04);
      expect(Math.max(...run.national.map((n) => n.theil))).toBeLessThan(0.002);
    }
  });
  it('never let one firm hold more than 10% of its region’s capital', () => {
    for (const { firmShare } of runs) expect(firmShare).toBeLessThanOrEqual(0.1);
  });
  it('never see a region’s unemployment above 10%', () => {
    for (const { run } of runs) {
      expect(Math.max(...run.regions.map((r) => r.unemployment_rate))).toBeLessThanOrEqual(0.1);
    }
  });
});

/** Steps a scenario through its phases, returning the largest share of a region's capital moved by relocation in one step. */
function largestRelocation(scenario: Scenario): number {
  const model = createModel(scenario);
  start(model);
  let max = 0;
  while (model.step < scenario.steps) {
    model.step += 1;
    for (const [name, phase] of PHASES) {
      const before = name.startsWith('9 ') ? Float64Array.from(model.regions.capital) : undefined;
      phase(model);
      if (!before) continue;
      before.forEach((K, r) => {
        if (K > 0) max = Math.max(max, model.regions.relocatedOut[r] / K);
      });
    }
  }
  return max;
}

describe('plant relocation', () => {
  for (const name of bundledNames()) {
    it(`moves at most 10% of any region's capital in one step in ${name} (seeds 1–3)`, () => {
      for (const seed of SEEDS3) {
        expect(largestRelocation(load(name, [`seed=${seed}`, 'params.laborAgents=5000']))).toBeLessThanOrEqual(0.1);
      }
    });
  }

  it('a plant is at most relocationShare of its firm, so the firm count never falls by a move', () => {
    // Every firm considers a move, one region far more productive than the others.
    const s = load('identical-regions', ['steps=10', 'params.laborAgents=4000', 'params.relocationRate=1',
      'params.exitYears=0', 'params.exitSize=0', 'params.entryShare=0']);
    s.regions[0].tfp = 1.5;
    const model = createModel(s);
    start(model);
    const counts = () => Array.from({ length: 4 }, (_, r) => countIn(model, r));
    const before = counts();
    model.step = 1;
    for (const [name, phase] of PHASES) {
      if (name.startsWith('9 ')) {
        const K = Float64Array.from(model.regions.capital);
        phase(model);
        K.forEach((k, r) => expect(model.regions.relocatedOut[r]).toBeLessThanOrEqual(0.2 * k + 1e-6));
        expect(model.regions.relocatedOut.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      } else phase(model);
    }
    counts().forEach((c, r) => expect(c).toBeGreaterThanOrEqual(before[r]));
  });
});

function countIn(model: Model, r: number): number {
  let c = 0;
  for (let j = 0; j < model.firms.count; j++) if (model.firms.region[j] === r) c++;
  return c;
}

describe('the calibrated China economies', () => {
  for (const name of ['china-2000', 'china-2020']) {
    it(`${name}: with migration, relocation, entry and exit off, every capital-output ratio stays within ±10% over 20 years`, () => {
      // Diffusion off too: with the fitted diffusion (docs/calibration.md) poor provinces'
      // technology catches up, which moves their capital-output ratios for a reason that is
      // economics, not the start (china-2000 reached 10.07% at step 20 with it).
      const run = simulate(load(name, ['steps=20', 'params.laborAgents=20000', 'params.reviewRate=0',
        'params.relocationRate=0', 'params.entryShare=0', 'params.exitYears=0', 'params.exitSize=0', 'params.diffusion=0']));
      const ratio = (s: number) => run.regions.filter((r) => r.step === s).map((r) => r.capital / r.gdp);
      const first = ratio(0);
      for (let s = 1; s <= 20; s++) {
        ratio(s).forEach((x, i) => expect(Math.abs(x / first[i] - 1)).toBeLessThan(0.1));
      }
    });

    it(`${name}: no region's unemployment exceeds 15% in the first 10 years (seeds 1–3)`, () => {
      for (const seed of SEEDS3) {
        const run = simulate(load(name, [`seed=${seed}`, 'steps=10']));
        expect(Math.max(...run.regions.map((r) => r.unemployment_rate))).toBeLessThanOrEqual(0.15);
      }
    });

    it(`${name}: every region has at least minFirms firms at every step`, () => {
      const run = simulate(load(name, ['params.laborAgents=20000']));
      expect(Math.min(...run.regions.map((r) => r.firms))).toBeGreaterThanOrEqual(10);
    });
  }

  // With the fitted parameters and the estimated 2000 urban shares (docs/calibration.md) the
  // municipalities grow ×1.18–1.29 (data ×1.39–1.61): the calibration traded them against the
  // other provinces' population shares. Congestion still holds them well below ×1.8.
  it('china-2000: congestion holds Shanghai, Beijing and Tianjin to ×1.1–1.8 over 20 years (seeds 1–3)', () => {
    for (const seed of SEEDS3) {
      const run = simulate(load('china-2000', [`seed=${seed}`, 'steps=20', 'params.laborAgents=30000']));
      const pop = (id: string, s: number) => run.regions.find((r) => r.region === id && r.step === s)!.population;
      for (const id of ['SH', 'BJ', 'TJ']) {
        expect(pop(id, 20) / pop(id, 0)).toBeGreaterThan(1.1);
        expect(pop(id, 20) / pop(id, 0)).toBeLessThan(1.8);
      }
    }
  });

  it('without congestion Shanghai grows far more (seed 1)', () => {
    const growth = (extra: string[]) => {
      const run = simulate(load('china-2000', [...extra, 'steps=20', 'params.laborAgents=30000']));
      const pop = (s: number) => run.regions.find((r) => r.region === 'SH' && r.step === s)!.population;
      return pop(20) / pop(0);
    };
    // Measured: ×1.78 without congestion against ×1.26 with it.
    expect(growth(['params.congestion=0']) - growth([])).toBeGreaterThan(0.3);
  });
});

describe('firm entry, exit and productivity', () => {
  it('a 5% relocation subsidy to one poor region raises its firm count and capital at step 25 (mean of 5 seeds)', () => {
    const at = (rate: number) => {
      const rows = SEEDS5.map((seed) => {
        const s = load('identical-regions', [`seed=${seed}`, 'steps=25', 'params.laborAgents=4000',
          `policy.relocationSubsidy.rate=${rate}`]);
        s.regions[3].tfp = 0.7;
        s.policy.relocationSubsidy.regions = rate > 0 ? ['D'] : [];
        return simulate(s).regions.find((r) => r.region === 'D' && r.step === 25)!;
      });
      const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0) / rows.length;
      return { firms: mean((r) => r.firms), capital: mean((r) => r.capital) };
    };
    const none = at(0);
    const subsidy = at(0.05);
    expect(subsidy.firms).toBeGreaterThan(none.firms);
    expect(subsidy.capital).toBeGreaterThan(none.capital);
  });

  it("normalises productivity draws so each region's capital-weighted mean is exactly 1 at step 0", () => {
    for (const seed of SEEDS3) {
      const model = createModel(load('china-2020', [`seed=${seed}`, 'params.laborAgents=5000', 'params.productivityDispersion=0.3']));
      const zK = new Float64Array(model.regions.count);
      const K = new Float64Array(model.regions.count);
      for (let j = 0; j < model.firms.count; j++) {
        zK[model.firms.region[j]] += model.firms.productivity[j] * model.firms.capital[j];
        K[model.firms.region[j]] += model.firms.capital[j];
      }
      zK.forEach((x, r) => expect(x / K[r]).toBeCloseTo(1, 12));
    }
  });

  it('sizes entrants by the step-0 mean firm, not by the incumbents as they grow', () => {
    const s = load('identical-regions', ['steps=30', 'params.laborAgents=4000', 'params.relocationRate=0']);
    const model = createModel(s);
    start(model);
    const size = model.regions.entrantCapital[0];
    const initialMean = model.regions.capital[0] / countIn(model, 0);
    expect(size).toBeCloseTo(initialMean, 6);
    const known = model.firms.count;
    for (let t = 0; t < 30; t++) {
      model.step += 1;
      for (const [, phase] of PHASES) phase(model);
    }
    // Capital per firm has grown with TFP; entrants founded in the last step are still near `size`.
    expect(model.regions.capital[0] / countIn(model, 0)).toBeGreaterThan(1.5 * size);
    expect(model.regions.entrantCapital[0]).toBe(size);
    expect(model.firms.count).toBeGreaterThan(known);
  });

  it('exits count the relocation subsidy: a subsidy that lifts returns above δ keeps firms alive', () => {
    // δ = 0.14 above the calibrated return of 0.133, and dispersed productivity: the least
    // productive firms earn less than δ and exit; a subsidy paid everywhere keeps some alive.
    // (Exits that ignore the subsidy give the same count with and without it: 33 and 33.)
    const firms = (rate: number) => {
      const s = load('identical-regions', ['steps=6', 'params.laborAgents=4000', 'params.relocationRate=0',
        'params.entryShare=0', 'params.minFirms=1', 'params.firmsPerRegion=20', 'params.delta=0.14',
        'params.productivityDispersion=0.3', `policy.relocationSubsidy.rate=${rate}`]);
      s.policy.relocationSubsidy.regions = rate > 0 ? ['A', 'B', 'C', 'D'] : [];
      return simulate(s).regions.filter((r) => r.step === 6).reduce((a, r) => a + r.firms, 0);
    };
    const none = firms(0);
    expect(none).toBeLessThan(80);
    expect(firms(0.05)).toBeGreaterThanOrEqual(none + 4);
  });
});

describe('public services in utility', () => {
  it('do not depend on the currency unit: GDP in units of 10,000 yuan gives the same migration', () => {
    // With ln(1 + g) in utility, 0.19% of the population lived elsewhere at step 8.
    const populations = (scale: number) => {
      const s = load('china-2020', ['steps=8', 'params.laborAgents=20000']);
      for (const r of s.regions) r.gdpPerCapita = r.gdpPerCapita! * scale;
      return simulate(s).regions.filter((r) => r.step === 8).map((r) => r.population);
    };
    const yuan = populations(1);
    const tenThousands = populations(1e-4);
    const moved = yuan.reduce((a, p, i) => a + Math.abs(p - tenThousands[i]), 0) / yuan.reduce((a, p) => a + p, 0);
    expect(moved).toBeLessThan(0.0002);
  });
});
