// Builds the model at step 0: agents spread over regions by population, firms and
// investors in every region, and the calibration of TFP, capital and land (calibrate.ts).
import { compileSchedule } from '../scenario/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { calibrate } from './start/calibrate.ts';
import { initPublicCapital } from './phases/public-capital.ts';
import { setEntrantCapital } from './rules/entry.ts';
import { travelCosts } from './phases/geography.ts';
import { supplies } from './phases/labor-market.ts';
import { logNormalMeanOne, makeStreams } from './random/rng.ts';
import { pow } from '../math/index.ts';
import {
  addFirm, makeFirms, makeRegions, RURAL, URBAN,
  type Investors, type Labor, type Model,
} from './state.ts';

export function createModel(scenario: Scenario): Model {
  const params = structuredClone(scenario.params);
  const policy = structuredClone(scenario.policy);
  const ids = scenario.regions.map((r) => r.id);
  const regions = makeRegions(ids, scenario.regions.map((r) => r.name), scenario.regions.map((r) => r.group));
  const totalPopulation = scenario.regions.reduce((s, r) => s + r.population, 0);
  const rng = makeStreams(scenario.seed);
  const model: Model = {
    scenario, step: 0, params, policy,
    links: scenario.links.map((l) => ({ ...l })),
    personsPerAgent: totalPopulation / params.laborAgents,
    rng,
    schedule: compileSchedule(scenario),
    labor: makeLabor(scenario, rng.skills),
    firms: makeFirms(Math.max(16, ids.length * params.firmsPerRegion * 2)),
    investors: makeInvestors(scenario, rng.investors),
    regions,
    national: {
      centralRevenue: 0, transfersPaid: 0, meanIncome: 0, floorIncome: 0, benefit: 0,
      povertyLine: 0, exitedCapital: 0, relocationLoss: 0, capitalRelocated: 0,
      subsidyOwed: 0, subsidyPaid: 0, centralRemainder: 0, nationalServices: 0, startCapital: 0, warnings: [],
    },
    distance: new Float64Array(0),
    linksChanged: false,
    binSkill: new Float64Array(params.skillBins),
    serviceQuality: Float64Array.from(scenario.regions, (r) => r.publicServices ?? 1),
    lastGdp: new Float64Array(ids.length),
    accessPerOutput: 0,
    flows: new Float64Array(ids.length * ids.length),
    origin: new Uint16Array(0),
  };
  model.origin = Uint16Array.from(model.labor.hukou);
  model.binSkill = binMeans(model.labor, params.skillBins);
  model.distance = travelCosts(model);
  scenario.regions.forEach((r, i) => {
    regions.amenity[i] = r.amenity ?? 0;
    regions.ruralTfp[i] = r.ruralTfp ?? 1;
  });
  supplies(model);
  regions.startPopulation.set(regions.residents);
  foundFirms(model);
  calibrateModel(model);
  initPublicCapital(model);
  setEntrantCapital(model);
  return model;
}

/**
 * Spreads agents over regions by largest remainder, the urban share of each region exact.
 * Agents are stored in ascending skill order: skills never change, so walking the arrays
 * in index order visits them by skill, which the household Gini uses (record.ts).
 */
function makeLabor(scenario: Scenario, rng: () => number): Labor {
  const { laborAgents, skillDispersion, skillBins } = scenario.params;
  const counts = apportion(scenario.regions.map((r) => r.population), laborAgents);
  const region = new Uint16Array(laborAgents);
  const sector = new Uint8Array(laborAgents);
  const skill = new Float64Array(laborAgents);
  let i = 0;
  counts.forEach((count, r) => {
    const urban = Math.round(scenario.regions[r].urbanShare * count);
    for (let k = 0; k < count; k++, i++) {
      region[i] = r;
      sector[i] = k < urban ? URBAN : RURAL;
      skill[i] = logNormalMeanOne(rng, skillDispersion);
    }
  });
  // Ties broken by the draw order, so the order never depends on the sort's stability.
  const order = Uint32Array.from({ length: laborAgents }, (_, k) => k)
    .sort((a, b) => skill[a] - skill[b] || a - b);
  const labor: Labor = {
    count: laborAgents,
    region: region.map((_, k) => region[order[k]]),
    sector: sector.map((_, k) => sector[order[k]]),
    hukou: new Uint16Array(laborAgents),
    skill: skill.map((_, k) => skill[order[k]]),
    skillBin: new Uint8Array(laborAgents),
    employed: new Uint8Array(laborAgents).fill(1),
    income: new Float64Array(laborAgents),
  };
  labor.hukou.set(labor.region);
  for (let k = 0; k < laborAgents; k++) labor.skillBin[k] = Math.floor((k * skillBins) / laborAgents);
  return labor;
}

function binMeans(labor: Labor, bins: number): Float64Array {
  const sum = new Float64Array(bins);
  const count = new Float64Array(bins);
  for (let i = 0; i < labor.count; i++) {
    sum[labor.skillBin[i]] += labor.skill[i];
    count[labor.skillBin[i]]++;
  }
  return sum.map((s, b) => (count[b] > 0 ? s / count[b] : 1));
}

/** Largest-remainder apportionment of `total` units by weights (ties to the lower index). */
export function apportion(weights: number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]++;
  }
  return counts;
}

function makeInvestors(scenario: Scenario, rng: () => number): Investors {
  const perRegion = scenario.params.investorsPerRegion;
  const R = scenario.regions.length;
  const count = R * perRegion;
  const inv: Investors = {
    count,
    home: new Int32Array(count),
    holdings: new Float64Array(count * R),
    cash: new Float64Array(count),
    funds: new Float64Array(count),
    income: new Float64Array(count),
  };
  for (let k = 0; k < count; k++) inv.home[k] = Math.floor(k / perRegion);
  // Initial wealth shares within a region vary (log-normal), set in calibrateModel.
  for (let k = 0; k < count; k++) inv.cash[k] = logNormalMeanOne(rng, 0.5);
  return inv;
}

/**
 * max(firmsPerRegion, minFirms) firms in every region with urban workers, productivity drawn
 * from LogNormal(1, σ_z) and then divided by the region's mean draw, so that each region's
 * capital-weighted mean productivity (firms start with equal capital) is exactly 1: with
 * few firms the raw draws' mean strays from 1 (σ_z/√N), and the calibration would read
 * the luck of the draw as regional TFP.
 */
function foundFirms(model: Model): void {
  const { params, regions, firms } = model;
  const perRegion = Math.max(params.firmsPerRegion, params.minFirms);
  for (let r = 0; r < regions.count; r++) {
    if (regions.urbanSupply[r] <= 0) continue;
    const first = firms.count;
    let sum = 0;
    for (let k = 0; k < perRegion; k++) {
      const j = addFirm(firms, r, logNormalMeanOne(model.rng.firms, params.productivityDispersion), 0);
      sum += firms.productivity[j];
    }
    for (let j = first; j < firms.count; j++) firms.productivity[j] /= sum / perRegion;
  }
}

function calibrateModel(model: Model): void {
  const { scenario, params, regions, firms, investors, policy } = model;
  const n = regions.count;
  const arr = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const zeta = new Float64Array(n);
  const firmCount = new Float64Array(n);
  for (let j = 0; j < firms.count; j++) {
    zeta[firms.region[j]] += pow(firms.productivity[j], 1 / params.alpha);
    firmCount[firms.region[j]]++;
  }
  let meanSupply = 0;
  for (let r = 0; r < n; r++) meanSupply += regions.urbanSupply[r] / n;
  const agglomeration = arr((r) =>
    regions.urbanSupply[r] > 0 ? pow(regions.urbanSupply[r] / meanSupply, params.agglomeration) : 1);
  const result = calibrate({
    alpha: params.alpha, beta: params.ruralLaborShare, targetRatio: params.urbanRuralRatio,
    capitalOutputRatio: params.capitalOutputRatio,
    urbanPersons: Float64Array.from(regions.urbanResidents),
    ruralPersons: arr((r) => regions.residents[r] - regions.urbanResidents[r]),
    urbanSupply: Float64Array.from(regions.urbanSupply),
    ruralSupply: Float64Array.from(regions.ruralSupply),
    gdp: arr((r) => scenario.regions[r].gdpPerCapita === undefined
      ? NaN : scenario.regions[r].gdpPerCapita! * regions.residents[r]),
    tfp: arr((r) => scenario.regions[r].tfp ?? NaN),
    capitalPerWorker: arr((r) => scenario.regions[r].capitalPerWorker ?? NaN),
    ruralTfp: regions.ruralTfp,
    agglomeration,
    firmProductivity: arr((r) => (firmCount[r] > 0 ? zeta[r] / firmCount[r] : 0)),
    distance: model.distance,
    theta: params.tradeDistanceDecay, barrier: policy.tradeBarrier, mu: params.marketAccessElasticity,
  });
  regions.tfp.set(result.tfp);
  regions.land.set(result.land);
  regions.price.set(result.price);
  regions.marketAccess.set(result.marketAccess);
  regions.capital.set(result.capital);
  for (let r = 0; r < n; r++) model.lastGdp[r] = result.urbanOutput[r] + result.ruralOutput[r];
  const output = model.lastGdp.reduce((s, y) => s + y, 0);
  const meanAccess = result.marketAccess.reduce((s, a) => s + a, 0) / n;
  model.accessPerOutput = output > 0 ? meanAccess / output : 0;
  for (let j = 0; j < firms.count; j++) {
    const r = firms.region[j];
    firms.capital[j] = result.capital[r] / firmCount[r];
  }
  placeInitialHoldings(investors, result.capital, n);
}

/** Each region's capital is owned by its own investors, by their drawn wealth shares. */
function placeInitialHoldings(inv: Investors, capital: Float64Array, n: number): void {
  const shareSum = new Float64Array(n);
  for (let k = 0; k < inv.count; k++) shareSum[inv.home[k]] += inv.cash[k];
  for (let k = 0; k < inv.count; k++) {
    const r = inv.home[k];
    inv.holdings[k * n + r] = (capital[r] * inv.cash[k]) / shareSum[r];
    inv.cash[k] = 0;
  }
}
