// Public support of one person, shared by the government (which pays it) and migration
// (which expects it): an unemployment benefit, then a top-up to the income floor, each
// scaled by access ψ (1 in one's hukou region, hukouAccess elsewhere).

/** Benefit plus floor top-up for a person with net (after-tax) market income `net`. */
export function support(net: number, unemployed: boolean, access: number, benefit: number, floor: number): number {
  const paidBenefit = unemployed ? access * benefit : 0;
  return paidBenefit + access * Math.max(0, floor - net - paidBenefit);
}
