// Measures the figures of docs/model.md's "Credible dynamics" table (issue 8): run
// `npx tsx scripts/measure-dynamics.ts <set>` with set one of identical, china, calibrated,
// subsidy. Prints one JSON object per line. Uses the engine's phases directly so that it
// can see capital moved by relocation inside a step.
import { createModel, start } from '../src/engine/index.ts';
import { observe } from '../src/engine/simulate.ts';
import { PHASES } from '../src/engine/step.ts';
import type { Model } from '../src/engine/state.ts';
import { loadScenarioFile } from '../src/io/scenario-files.ts';
import type { Scenario } from '../src/scenario/types.ts';

interface Trace {
  national: ReturnType<typeof observe>['national'][];
  regions: ReturnType<typeof observe>['regions'][];
  maxFirmShare: number;
  maxRelocationShare: number;
}

/** A run step by step, with the largest firm share and relocation share seen. */
function run(scenario: Scenario): Trace {
  const model = createModel(scenario);
  start(model);
  const trace: Trace = { national: [], regions: [], maxFirmShare: 0, maxRelocationShare: 0 };
  const keep = (m: Model) => {
    const o = observe(m);
    trace.national.push(o.national);
    trace.regions.push(o.regions);
    // regions.csv's top_firm_capital_share: the largest firm's share of its region's capital.
    for (const row of o.regions) trace.maxFirmShare = Math.max(trace.maxFirmShare, row.top_firm_capital_share);
  };
  keep(model);
  while (model.step < scenario.steps) {
    model.step += 1;
    for (const [name, phase] of PHASES) {
      if (name.startsWith('9 ')) {
        const before = Float64Array.from(model.regions.capital);
        const exiting = exitCapital(model);
        phase(model);
        // Since issue 8 the engine records capital moved out (regions.relocatedOut); before
        // it, capital lost net of predicted exits is a lower bound of it.
        const moved = (model.regions as { relocatedOut?: Float64Array }).relocatedOut;
        for (let r = 0; r < before.length; r++) {
          if (before[r] <= 0) continue;
          const out = moved ? moved[r] : before[r] - exiting[r] - model.regions.capital[r];
          trace.maxRelocationShare = Math.max(trace.maxRelocationShare, out / before[r]);
        }
      } else phase(model);
    }
    keep(model);
  }
  return trace;
}

function exitCapital(model: Model): Float64Array {
  const { firms, params } = model;
  const out = new Float64Array(model.regions.count);
  if (params.exitYears <= 0) return out;
  for (let j = 0; j < firms.count; j++) {
    const years = firms.profitRate[j] < params.delta ? firms.lossYears[j] + 1 : 0;
    if (years >= params.exitYears) out[firms.region[j]] += firms.capital[j];
  }
  return out;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const set = process.argv[2];
const extra = process.argv.slice(3);

if (set === 'identical') {
  for (const seed of [1, 2, 3, 4, 5]) {
    const t = run(loadScenarioFile('identical-regions', ['steps=80', `seed=${seed}`, ...extra]).scenario);
    console.log(JSON.stringify({
      set, seed,
      maxCv: r4(Math.max(...t.national.map((n) => n.cv_gdp_pc))),
      maxTheil: r4(Math.max(...t.national.map((n) => n.theil))),
      maxFirmShare: r4(t.maxFirmShare),
      maxUnemployment: r4(Math.max(...t.regions.flat().map((r) => r.unemployment_rate))),
      maxRelocationShare: r4(t.maxRelocationShare),
    }));
  }
}

if (set === 'china') {
  for (const name of ['china-2000', 'china-2020']) {
    for (const seed of [1, 2, 3]) {
      const t = run(loadScenarioFile(name, [`seed=${seed}`, ...extra]).scenario);
      const pop = (id: string, s: number) => t.regions[s].find((r) => r.region === id)!.population;
      const last = t.national.length - 1;
      const growth = Object.fromEntries(['SH', 'BJ', 'TJ', 'GD'].map((id) => [id, r4(pop(id, last) / pop(id, 0))]));
      const at = (s: number) => ({ cv: r4(t.national[s].cv_gdp_pc), theil: r4(t.national[s].theil), sdLog: r4(t.national[s].sd_log_gdp_pc) });
      const peak = (from: number, to: number) => {
        let best = { u: 0, region: '', step: 0 };
        for (let s = from; s <= Math.min(to, last); s++) {
          for (const r of t.regions[s]) if (r.unemployment_rate > best.u) best = { u: r4(r.unemployment_rate), region: r.region, step: s };
        }
        return best;
      };
      console.log(JSON.stringify({
        set, name, seed, growth,
        steps: Object.fromEntries([0, 5, 10, 19].map((s) => [s, at(s)])),
        peakUnemployment10: peak(1, 10), peakUnemployment: peak(1, last),
        maxRelocationShare: r4(t.maxRelocationShare), maxFirmShare: r4(t.maxFirmShare),
      }));
    }
  }
}

if (set === 'calibrated') {
  const off = ['params.reviewRate=0', 'params.relocationRate=0', 'params.entryShare=0', 'params.exitYears=0', 'params.exitSize=0'];
  for (const name of ['china-2000', 'china-2020']) {
    const t = run(loadScenarioFile(name, [...off, ...extra]).scenario);
    const ky = (s: number, i: number) => t.regions[s][i].capital / t.regions[s][i].gdp;
    let worst = { drift: 0, region: '', step: 0 };
    for (let s = 1; s < t.regions.length; s++) {
      for (let i = 0; i < t.regions[s].length; i++) {
        const d = ky(s, i) / ky(0, i) - 1;
        if (Math.abs(d) > Math.abs(worst.drift)) worst = { drift: r4(d), region: t.regions[s][i].region, step: s };
      }
    }
    const y1 = t.regions[1];
    const ik = y1.map((r, i) => r.investment / t.regions[0][i].capital);
    console.log(JSON.stringify({
      set, name, worst,
      investmentRate1: { min: r4(Math.min(...ik)), max: r4(Math.max(...ik)) },
      peakUnemployment: r4(Math.max(...t.regions.flat().map((r) => r.unemployment_rate))),
    }));
  }
}

if (set === 'subsidy') {
  const poor = (rate: number, seed: number): Scenario => {
    const s = loadScenarioFile('identical-regions', [`seed=${seed}`, 'steps=25', 'params.laborAgents=4000',
      `policy.relocationSubsidy.rate=${rate}`, ...extra]).scenario;
    s.regions[3].tfp = 0.7;
    s.policy.relocationSubsidy.regions = rate > 0 ? ['D'] : [];
    return s;
  };
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const at = (rate: number) => {
    const rows = [1, 2, 3, 4, 5].map((seed) => run(poor(rate, seed)).regions[25].find((r) => r.region === 'D')!);
    return { firms: mean(rows.map((r) => r.firms)), capital: mean(rows.map((r) => r.capital)) };
  };
  const none = at(0);
  const subsidy = at(0.05);
  console.log(JSON.stringify({ set, none, subsidy, firmRatio: r4(subsidy.firms / none.firms), capitalRatio: r4(subsidy.capital / none.capital) }));
}
