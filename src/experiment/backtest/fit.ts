// How well simulated values match observed ones across regions. R² is measured against the
// 45° line, not a fitted one: R² = 1 − Σ(sim − obs)² / Σ(obs − mean obs)², so a simulation
// that ranks regions right but compresses or shifts them loses R² (it can be negative).
// RMSE = √(Σ(sim − obs)²/n), in the measure's unit.

export interface FitStats {
  n: number;
  r2: number;
  rmse: number;
}

export function fitStats(simulated: readonly number[], observed: readonly number[]): FitStats {
  const pairs = observed.map((o, i) => [simulated[i], o]).filter(([s, o]) => Number.isFinite(s) && Number.isFinite(o));
  const n = pairs.length;
  if (n === 0) return { n, r2: NaN, rmse: NaN };
  const mean = pairs.reduce((sum, [, o]) => sum + o, 0) / n;
  const ssRes = pairs.reduce((sum, [s, o]) => sum + (s - o) ** 2, 0);
  const ssTot = pairs.reduce((sum, [, o]) => sum + (o - mean) ** 2, 0);
  return { n, r2: ssTot > 0 ? 1 - ssRes / ssTot : NaN, rmse: Math.sqrt(ssRes / n) };
}
