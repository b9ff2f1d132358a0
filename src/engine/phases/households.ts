// Phase 7, households and investors save. Capital income earned in each region (after
// taxes, plus any relocation subsidy) is paid to investors by their holdings there.
// Households save a share s of disposable income; a region's household savings go to
// its own investors in proportion to their wealth. Investors save s of their capital
// income too, and reinvest capital returned by firms that exited.
import type { Model } from '../state.ts';

export function households(model: Model): void {
  const { regions, investors: inv, policy, params } = model;
  const n = regions.count;
  const taxRate = policy.centralTax + policy.localTax;
  // Household disposable income by region of residence, as the government phase summed it.
  const householdIncome = Float64Array.from(regions.disposableIncome);
  const perUnit = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const profit = regions.capitalIncome[s];
    const net = profit - taxRate * Math.max(0, profit) + regions.subsidy[s];
    perUnit[s] = regions.capital[s] > 0 ? net / regions.capital[s] : 0;
  }
  const wealth = new Float64Array(inv.count);
  const regionWealth = new Float64Array(n);
  for (let k = 0; k < inv.count; k++) {
    let income = 0;
    let w = 0;
    for (let s = 0; s < n; s++) {
      income += inv.holdings[k * n + s] * perUnit[s];
      w += inv.holdings[k * n + s];
    }
    inv.income[k] = income;
    wealth[k] = w;
    regionWealth[inv.home[k]] += w;
  }
  const investorsIn = new Float64Array(n);
  for (let k = 0; k < inv.count; k++) investorsIn[inv.home[k]]++;
  regions.disposableIncome.set(householdIncome);
  for (let r = 0; r < n; r++) regions.savings[r] = params.saving * householdIncome[r];
  // Consumption: disposable income (households' and resident investors') minus what they save.
  for (let r = 0; r < n; r++) regions.consumption[r] = householdIncome[r] - regions.savings[r];
  for (let k = 0; k < inv.count; k++) {
    const r = inv.home[k];
    regions.disposableIncome[r] += inv.income[k];
    regions.consumption[r] += inv.income[k] - params.saving * Math.max(0, inv.income[k]);
    const share = regionWealth[r] > 0 ? wealth[k] / regionWealth[r] : 1 / investorsIn[r];
    inv.funds[k] = share * regions.savings[r] + params.saving * Math.max(0, inv.income[k]) + inv.cash[k];
    inv.cash[k] = 0;
  }
}
