// Provincial urban shares for 2000, which ../shared/data does not hold: an ESTIMATE.
// Each province's 2020 census share s is shifted on the logit scale by one common amount c,
// s2000 = 1 / (1 + exp(−(logit(s2020) + c))), with c chosen (by bisection) so that the
// population-weighted national share equals the Fifth National Population Census figure
// for 2000, 36.2%. It keeps the 2020 ranking and compresses shares near 0 and 1 the way a
// logistic urbanisation curve does. A file of observed 2000 shares overrides it
// (scripts/build-scenarios.ts --urban-2000 FILE).

/** National urban share of the Fifth National Population Census (2000). */
export const URBAN_SHARE_2000 = 0.362;

const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** The common logit shift and the shifted shares, rounded to 3 decimals. */
export function estimateUrbanShares2000(shares2020: number[], population2000: number[], national = URBAN_SHARE_2000): { shift: number; shares: number[] } {
  const total = population2000.reduce((s, p) => s + p, 0);
  const national2000 = (c: number) => shares2020.reduce((s, u, i) => s + population2000[i] * logistic(logit(u) + c), 0) / total;
  let lo = -10;
  let hi = 10;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (national2000(mid) < national) lo = mid;
    else hi = mid;
  }
  const shift = (lo + hi) / 2;
  return { shift, shares: shares2020.map((u) => Math.round(logistic(logit(u) + shift) * 1000) / 1000) };
}
