// Phase 10, migration. Each worker reviews its location with probability m and chooses a
// region s and sector q by logit with scale β_m over
//   V = ln(expected disposable income / C_s) + φ_g·ln(1 + accessible public services / ȳ) + a_s
//       − c_0·1[s≠r] − c_d·d(r,s) − c_h·1[s≠h] − c_u·1[q≠q_i],
// C_s the congestion cost-of-living index (congestion.ts), ȳ the national mean income (so
// that the pull of services does not depend on the currency unit, as ln(1 + g) did),
// expected disposable income as the government pays it (support.ts): urban
// (1−u_s)·D((1−τ)·w_s·e, employed) + u_s·D(0, unemployed), rural D((1−τ)·y^R_s·e), where D adds
// the benefit and the floor top-up, each scaled by ψ_i (1 in one's hukou region, else
// hukouAccess) and by the share of support region s could pay this year.
// Unreachable regions (d = ∞) are not options. Workers with the same origin, sector, hukou
// region and skill bin share one probability vector (the bin's mean skill stands for theirs),
// drawn by the alias method. With params.candidates = k > 0, each reviewer instead evaluates
// its own option and a uniform sample of k others, with its own skill; each sampled option's
// weight is divided by its inclusion probability k/(2R−1), so that the choice probabilities
// are, in expectation over samples, close to the full logit's (importance correction).
// A migrant gains local hukou with probability σ_h a year.
import { buildAlias, drawAlias, type AliasTable } from '../random/alias.ts';
import { URBAN, type Model } from '../state.ts';
import { support } from '../rules/support.ts';
import { exp, log } from '../../math/index.ts';

export function migration(model: Model): void {
  const { regions, params } = model;
  regions.netMigration.fill(0);
  model.flows.fill(0);
  if (params.reviewRate > 0) {
    const sampled = params.candidates > 0 && params.candidates < 2 * regions.count - 1;
    if (sampled) migrateSampled(model);
    else migrateGrouped(model);
  }
  settle(model);
}

/** V of option (s, q) for a worker in (r, q0) with hukou h and skill e. */
function utility(model: Model, r: number, q0: number, h: number, e: number, s: number, q: number): number {
  const { regions, params, policy, national } = model;
  const n = regions.count;
  const d = model.distance[r * n + s];
  if (d === Infinity) return -Infinity;
  const access = s === h ? 1 : policy.hukouAccess;
  const keep = 1 - policy.centralTax - policy.localTax;
  const u = regions.unemployment[s];
  const { benefit, floorIncome } = national;
  const paid = regions.supportPaid[s];
  let expected: number;
  if (q === URBAN) {
    const net = keep * regions.wage[s] * e;
    expected = (1 - u) * (net + paid * support(net, false, access, benefit, floorIncome))
      + (u > 0 ? u * paid * support(0, true, access, benefit, floorIncome) : 0);
  } else {
    const net = keep * regions.ruralIncomeRate[s] * e;
    expected = net + paid * support(net, false, access, benefit, floorIncome);
  }
  // Cash transfers (channels.ts) come on top; national services reach everyone in full.
  // Income is deflated by the cost of living (congestion.ts); services are measured
  // relative to national mean income, so their pull does not depend on the unit.
  const income = Math.max(expected + access * regions.cashPerPerson[s], 1e-9) / regions.costOfLiving[s];
  const local = regions.publicServices[s] - national.nationalServices;
  const services = (access * local + national.nationalServices) * model.serviceQuality[s];
  const relative = national.meanIncome > 0 ? services / national.meanIncome : 0;
  return log(income) + params.publicServiceWeight * log(1 + relative) + regions.amenity[s]
    - (s !== r ? policy.migrationCost : 0) - params.distanceCost * d
    - (s !== h ? policy.hukouPenalty : 0) - (q !== q0 ? params.sectorSwitchCost : 0);
}

function migrateGrouped(model: Model): void {
  const { labor, regions, params } = model;
  const n = regions.count;
  const bins = params.skillBins;
  const tables = new Map<number, AliasTable>();
  const weights = new Float64Array(2 * n);
  const rng = model.rng.migration;
  for (let i = 0; i < labor.count; i++) {
    if (rng() >= params.reviewRate) continue;
    const r = labor.region[i];
    const q0 = labor.sector[i];
    const h = labor.hukou[i];
    const b = labor.skillBin[i];
    const key = ((r * 2 + q0) * n + h) * bins + b;
    let table = tables.get(key);
    if (!table) {
      logitWeights(model, r, q0, h, model.binSkill[b], weights);
      table = buildAlias(weights);
      tables.set(key, table);
    }
    move(model, i, drawAlias(table, rng(), rng()));
  }
}

/** exp(β_m(V − max V)) over the 2R options, option o = 2s + q. */
function logitWeights(model: Model, r: number, q0: number, h: number, e: number, out: Float64Array): void {
  const scale = model.params.migrationScale;
  let best = -Infinity;
  for (let o = 0; o < out.length; o++) {
    out[o] = utility(model, r, q0, h, e, o >> 1, o & 1);
    if (out[o] > best) best = out[o];
  }
  for (let o = 0; o < out.length; o++) out[o] = exp(scale * (out[o] - best));
}

function migrateSampled(model: Model): void {
  const { labor, regions, params } = model;
  const total = 2 * regions.count;
  const k = params.candidates;
  const rng = model.rng.migration;
  const pool = Int32Array.from({ length: total }, (_, o) => o);
  const choice = new Int32Array(k + 1);
  const value = new Float64Array(k + 1);
  for (let i = 0; i < labor.count; i++) {
    if (rng() >= params.reviewRate) continue;
    const r = labor.region[i];
    const q0 = labor.sector[i];
    const own = 2 * r + q0;
    // Partial Fisher–Yates over the other options.
    let m = 0;
    choice[m++] = own;
    for (let t = 0; m <= k && t < total; t++) {
      const pick = t + Math.floor(rng() * (total - t));
      [pool[t], pool[pick]] = [pool[pick], pool[t]];
      if (pool[t] !== own) choice[m++] = pool[t];
    }
    let best = -Infinity;
    for (let c = 0; c < m; c++) {
      value[c] = utility(model, r, q0, labor.hukou[i], labor.skill[i], choice[c] >> 1, choice[c] & 1);
      best = Math.max(best, value[c]);
    }
    const inverseInclusion = (total - 1) / (m - 1);
    let sum = 0;
    for (let c = 0; c < m; c++) {
      value[c] = exp(params.migrationScale * (value[c] - best)) * (c === 0 ? 1 : inverseInclusion);
      sum += value[c];
    }
    let u = rng() * sum;
    let c = 0;
    for (; c < m - 1; c++) { u -= value[c]; if (u < 0) break; }
    move(model, i, choice[c]);
  }
}

function move(model: Model, i: number, option: number): void {
  const { labor, regions } = model;
  const s = option >> 1;
  const r = labor.region[i];
  if (s !== r) {
    regions.netMigration[s] += model.personsPerAgent;
    regions.netMigration[r] -= model.personsPerAgent;
    model.flows[r * regions.count + s] += model.personsPerAgent;
    labor.region[i] = s;
  }
  labor.sector[i] = option & 1;
}

function settle(model: Model): void {
  const { labor, policy } = model;
  const rng = model.rng.settlement;
  if (policy.settlement <= 0) return;
  for (let i = 0; i < labor.count; i++) {
    if (labor.region[i] !== labor.hukou[i] && rng() < policy.settlement) labor.hukou[i] = labor.region[i];
  }
}
