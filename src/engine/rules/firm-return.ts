// The return on capital of a firm of productivity z in region s at the region's wage w:
// hiring labour up to its marginal product, E = K·((1−α)·p·z·A·G/w)^(1/α), it earns
//   π/K = α·(p·z·A·G)^(1/α)·((1−α)/w)^((1−α)/α).
// Used by relocation (relocation.ts, at the wages a move would bring) and for the return of
// a region without capital (investment.ts).
import { pow } from '../../math/index.ts';
import type { Model } from '../state.ts';

export function returnOnCapital(model: Model, z: number, s: number, w = model.regions.wage[s]): number {
  const { regions, params } = model;
  const a = params.alpha;
  if (w <= 0) return 0;
  const revenue = regions.price[s] * z * regions.tfp[s] * regions.agglomeration[s];
  return a * pow(revenue, 1 / a) * pow((1 - a) / w, (1 - a) / a);
}
