// Firm entry (phase 8). A region's entry funds found firms of a fixed size: the mean capital
// of the region's firms at step 0 (the national mean where it had none), stored in
// regions.entrantCapital. Sizing entrants by the incumbents' current mean (as before issue 8)
// made entrants grow with the incumbents, so that investment into a region could lower its
// firm count. Entrants' productivity is drawn from LogNormal(1, σ_z).
import { logNormalMeanOne } from '../random/rng.ts';
import { addFirm, type Model } from '../state.ts';

/**
 * Founds funds / entrant size new firms in region s, rounded stochastically (at least one
 * where the region has none, `count` being its firms before entry), sharing the funds
 * equally. Returns whether any was founded.
 */
export function enter(model: Model, s: number, funds: number, count: number): boolean {
  if (funds <= 0 || model.regions.urbanSupply[s] <= 0) return false;
  const { firms, params, rng, regions } = model;
  const size = entrantSize(model, s);
  const expected = size > 0 ? funds / size : 1;
  let founded = Math.floor(expected + rng.entry());
  if (count === 0) founded = Math.max(1, founded);
  if (founded === 0) return false;
  model.regions.firmEntries[s] += founded;
  for (let f = 0; f < founded; f++) {
    addFirm(firms, s, logNormalMeanOne(rng.entry, params.productivityDispersion), funds / founded);
  }
  return true;
}

/**
 * Capital of an entrant in region s: its step-0 size times national capital relative to
 * step 0, so that firms keep their size relative to the economy and the firm count stays
 * bounded whatever makes capital grow (a fixed size made it grow ×10 in 80 years and
 * without bound after). National, so a region's own investment barely moves its entrants'
 * size (issue 8: sizing them by the region's incumbents let investment lower its count).
 */
export function entrantSize(model: Model, s: number): number {
  return model.regions.entrantCapital[s] * capitalGrowth(model);
}

/** Σ_r K_r now / at step 0 (regions.capital as last synced). */
function capitalGrowth(model: Model): number {
  const start = model.national.startCapital;
  if (start <= 0) return 1;
  let K = 0;
  for (let r = 0; r < model.regions.count; r++) K += model.regions.capital[r];
  return K > 0 ? K / start : 1;
}

/** Step 0: each region's entrant size is the mean capital of its firms then. */
export function setEntrantCapital(model: Model): void {
  const { firms, regions } = model;
  const n = regions.count;
  const capital = new Float64Array(n);
  const count = new Float64Array(n);
  for (let j = 0; j < firms.count; j++) {
    capital[firms.region[j]] += firms.capital[j];
    count[firms.region[j]]++;
  }
  const total = capital.reduce((a, b) => a + b, 0);
  const firmsTotal = count.reduce((a, b) => a + b, 0);
  const national = firmsTotal > 0 ? total / firmsTotal : 0;
  for (let r = 0; r < n; r++) regions.entrantCapital[r] = count[r] > 0 && capital[r] > 0 ? capital[r] / count[r] : national;
  model.national.startCapital = total;
}
