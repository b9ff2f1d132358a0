// Phase 9, firms. A firm whose return on capital, plus the relocation subsidy per unit of
// capital where it is paid, stays below δ for `exitYears` years exits and its capital goes
// back to its investors (reinvested next step), unless its region would be left with fewer
// than `minFirms` firms. Investment counts the subsidy (investment.ts), so exits must too:
// otherwise a subsidised region lost firms the subsidy was paying to keep (issue 8).
// Each year a share `relocationRate` of firms considers moving a plant: a share
// `relocationShare` of its capital (relocation.ts). The plant becomes a firm of its own in
// the region it moves to, with the parent's productivity.
import { entrantSize } from '../rules/entry.ts';
import { syncCapital } from './investment.ts';
import { withdraw } from '../rules/holdings.ts';
import { relocations } from '../rules/relocation.ts';
import { removeFirm, type Model } from '../state.ts';

export function firmDynamics(model: Model): void {
  const { regions } = model;
  regions.firmExits.fill(0);
  regions.relocationsIn.fill(0);
  regions.relocationsOut.fill(0);
  model.national.capitalRelocated = 0;
  model.national.exitedCapital = exits(model);
  model.national.relocationLoss = relocations(model);
  syncCapital(model);
}

function exits(model: Model): number {
  const { firms, params, regions } = model;
  const subsidy = regions.subsidy.map((x, s) => (regions.capital[s] > 0 ? x / regions.capital[s] : 0));
  let exited = 0;
  for (let j = 0; j < firms.count; j++) {
    const rate = firms.profitRate[j] + subsidy[firms.region[j]];
    firms.lossYears[j] = rate < params.delta ? firms.lossYears[j] + 1 : 0;
  }
  const smallest = regions.entrantCapital.map((_, r) => params.exitSize * entrantSize(model, r));
  const count = new Int32Array(regions.count);
  for (let j = 0; j < firms.count; j++) count[firms.region[j]]++;
  // Backwards, so that removeFirm's swap-with-last never skips a firm.
  for (let j = firms.count - 1; j >= 0; j--) {
    const r = firms.region[j];
    if (!failing(model, j, smallest[r]) || count[r] <= params.minFirms) continue;
    exited += firms.capital[j];
    count[r]--;
    model.regions.firmExits[r]++;
    withdraw(model, r, firms.capital[j], -1, 0);
    removeFirm(firms, j);
  }
  return exited;
}

/**
 * Whether firm j exits: its returns stayed below δ for `exitYears` years, or its capital fell
 * below `exitSize` of the entrant size. Without the size rule, firms whose returns cover δ
 * lived forever however small the MPK-weighted investment left them, and plants moved by
 * relocation were firms too, so the firm count grew without bound even with no growth
 * (two-regions, 1,000 agents, no TFP growth: 40 firms at step 0, 6,176 at step 3,000).
 */
function failing(model: Model, j: number, smallest: number): boolean {
  const { firms, params } = model;
  if (params.exitYears > 0 && firms.lossYears[j] >= params.exitYears) return true;
  return firms.capital[j] < smallest;
}
