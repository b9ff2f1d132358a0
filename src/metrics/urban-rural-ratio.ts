/**
 * Urban-rural income ratio: urban income per person over rural income per person (NBS
 * reports 2.56 for 2020).
 *
 * ratio = urbanIncomePc / ruralIncomePc. Runs in O(1). Returns NaN when ruralIncomePc is 0
 * (no rural income, e.g. nobody left in the rural sector: the ratio is undefined).
 *
 * @throws {RangeError} when an argument is negative or not a finite number.
 * @example
 * urbanRuralRatio(43834, 17131); // => 2.558753137586831
 */
export function urbanRuralRatio(urbanIncomePc: number, ruralIncomePc: number): number {
  for (const [name, v] of [['urbanIncomePc', urbanIncomePc], ['ruralIncomePc', ruralIncomePc]] as const) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`urbanRuralRatio: ${name} = ${v} must be a finite number ≥ 0`);
    }
  }
  return ruralIncomePc === 0 ? NaN : urbanIncomePc / ruralIncomePc;
}
