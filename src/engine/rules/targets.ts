// Which regions the industrial-relocation subsidy targets: named regions or whole groups.
import type { Model } from '../state.ts';

export function isRelocationTarget(model: Model, r: number): boolean {
  const s = model.policy.relocationSubsidy;
  return s.regions.includes(model.regions.ids[r]) || s.groups.includes(model.regions.groups[r]);
}
