// Phase 6, government. A central tax τ_c on all household income; a share
// `transfers.rate` of that revenue goes to regions by `transfers.formula`:
//   equalization: T_r ∝ P_r·max(0, target − f_r), f_r = local revenue per person,
//                 target = targetRatio × national mean of f, up to closing every gap;
//                 the rest of the pot (all of it if no region is short) per person;
//   per-capita:   T_r ∝ P_r;   none: nothing.
// Σ_r T_r = rate × central revenue exactly. A local tax τ_l on income earned in r.
// The local budget (local tax + transfers) pays first unemployment benefits and top-ups
// of every resident below the income floor (floor × national mean income), pro rata when
// it cannot pay them all, then public services g_r per resident. Residents outside their
// hukou region get a share ψ (hukouAccess) of benefits, the floor and services.
// The central government also pays the industrial-relocation subsidy out of what it keeps.
// Transfers reach regions through three channels (channels.ts): household cash, the local
// budget (the services channel, the only one before channels existed) and public capital.
// What the centre keeps after transfers and subsidies buys national services per person.
import { spendCentralRemainder, splitTransfers } from '../rules/channels.ts';
import { support } from '../rules/support.ts';
import { isRelocationTarget } from '../rules/targets.ts';
import { URBAN, type Model } from '../state.ts';

export function government(model: Model): void {
  const { regions, policy, labor, national } = model;
  const n = regions.count;
  const ppa = model.personsPerAgent;
  const earned = new Float64Array(n);
  const accessPersons = new Float64Array(n);
  let householdIncome = 0;
  for (let i = 0; i < labor.count; i++) {
    const r = labor.region[i];
    earned[r] += labor.income[i] * ppa;
    accessPersons[r] += (labor.hukou[i] === r ? 1 : policy.hukouAccess) * ppa;
    householdIncome += labor.income[i];
  }
  let capitalIncome = 0;
  for (let r = 0; r < n; r++) {
    const profit = Math.max(0, regions.capitalIncome[r]);
    earned[r] += profit;
    capitalIncome += profit;
  }
  national.centralRevenue = policy.centralTax * (householdIncome * ppa + capitalIncome);
  national.meanIncome = householdIncome / labor.count;
  national.floorIncome = policy.floor * national.meanIncome;
  national.benefit = model.params.unemploymentBenefit * national.meanIncome;
  for (let r = 0; r < n; r++) regions.localRevenue[r] = policy.localTax * earned[r];
  payTransfers(model);
  splitTransfers(model, accessPersons);
  const paidShare = payBenefitsAndFloor(model);
  for (let r = 0; r < n; r++) {
    const budget = regions.localRevenue[r] + regions.serviceTransfers[r];
    regions.publicServices[r] = regions.residents[r] > 0
      ? Math.max(0, budget - paidShare.spent[r]) / regions.residents[r]
      : 0;
  }
  paySubsidies(model);
  spendCentralRemainder(model);
}

function payTransfers(model: Model): void {
  const { regions, policy, national } = model;
  const n = regions.count;
  const pot = policy.transfers.formula === 'none' ? 0 : policy.transfers.rate * national.centralRevenue;
  const gaps = new Float64Array(n);
  if (policy.transfers.formula === 'equalization') {
    const population = regions.residents.reduce((s, p) => s + p, 0);
    const revenue = regions.localRevenue.reduce((s, f) => s + f, 0);
    const target = (policy.transfers.targetRatio * revenue) / population;
    for (let r = 0; r < n; r++) {
      const perPerson = regions.residents[r] > 0 ? regions.localRevenue[r] / regions.residents[r] : 0;
      gaps[r] = regions.residents[r] * Math.max(0, target - perPerson);
    }
  }
  // Gaps are filled in proportion to their size; what the pot holds beyond closing every
  // gap goes per person, so that the poorest region is never lifted above the others.
  const totalGap = gaps.reduce((s, g) => s + g, 0);
  const toGaps = Math.min(pot, totalGap);
  const population = regions.residents.reduce((s, p) => s + p, 0);
  for (let r = 0; r < n; r++) {
    const byGap = totalGap > 0 ? (toGaps * gaps[r]) / totalGap : 0;
    const perCapita = population > 0 ? ((pot - toGaps) * regions.residents[r]) / population : 0;
    regions.transfers[r] = byGap + perCapita;
  }
  national.transfersPaid = pot;
}

/**
 * Turns market income into disposable income: after taxes, plus benefits and floor
 * top-ups, paid pro rata where the local budget falls short. Returns what each region spent.
 */
function payBenefitsAndFloor(model: Model): { spent: Float64Array } {
  const { regions, policy, labor, national } = model;
  const n = regions.count;
  const ppa = model.personsPerAgent;
  const keep = 1 - policy.centralTax - policy.localTax;
  const need = new Float64Array(n);
  const owed = new Float64Array(labor.count);
  for (let i = 0; i < labor.count; i++) {
    const r = labor.region[i];
    const access = labor.hukou[i] === r ? 1 : policy.hukouAccess;
    const net = labor.income[i] * keep;
    const unemployed = labor.sector[i] === URBAN && !labor.employed[i];
    owed[i] = support(net, unemployed, access, national.benefit, national.floorIncome);
    need[r] += owed[i] * ppa;
  }
  const paid = new Float64Array(n);
  const spent = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const budget = regions.localRevenue[r] + regions.serviceTransfers[r];
    paid[r] = need[r] <= budget ? 1 : need[r] > 0 ? budget / need[r] : 1;
    spent[r] = need[r] * paid[r];
    regions.supportSpent[r] = spent[r];
    regions.supportPaid[r] = paid[r];
  }
  regions.disposableIncome.fill(0);
  for (let i = 0; i < labor.count; i++) {
    const r = labor.region[i];
    const cash = (labor.hukou[i] === r ? 1 : policy.hukouAccess) * regions.cashPerPerson[r];
    labor.income[i] = labor.income[i] * keep + owed[i] * paid[r] + cash;
    regions.disposableIncome[r] += labor.income[i] * ppa;
  }
  return { spent };
}

/** Subsidy per unit of capital in target regions, within what the centre keeps. */
function paySubsidies(model: Model): void {
  const { regions, policy, national } = model;
  const rate = policy.relocationSubsidy.rate;
  regions.subsidy.fill(0);
  national.subsidyOwed = 0;
  national.subsidyPaid = 0;
  if (rate <= 0) return;
  let wanted = 0;
  for (let r = 0; r < regions.count; r++) {
    if (isRelocationTarget(model, r)) {
      regions.subsidy[r] = rate * regions.capital[r];
      wanted += regions.subsidy[r];
    }
  }
  const kept = national.centralRevenue - national.transfersPaid;
  national.subsidyOwed = wanted;
  national.subsidyPaid = Math.min(wanted, kept);
  if (wanted > kept && wanted > 0) {
    for (let r = 0; r < regions.count; r++) regions.subsidy[r] *= kept / wanted;
    warnOnce(model, 'relocation subsidy', `step ${model.step}: the relocation subsidy asked for ${Math.round(wanted)} yuan but the centre kept ` +
      `only ${Math.round(kept)} after transfers; every target region's subsidy was scaled down by the same factor ` +
      '(lower policy.transfers.rate or policy.relocationSubsidy.rate to avoid it)');
  }
}

/** Adds a warning unless one with the same topic was raised earlier in the run. */
function warnOnce(model: Model, topic: string, message: string): void {
  const { warnings } = model.national;
  if (!warnings.some((w) => w.includes(topic))) warnings.push(message);
}
