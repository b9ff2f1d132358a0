// Where people went and how they fare by origin (flows.csv and origins.csv, docs/outputs.md).
import type { FlowRow, OriginRow } from './result.ts';
import type { Model } from './state.ts';

/** Every non-zero migration flow of the step (persons), origin-major then destination. */
export function recordFlows(model: Model): FlowRow[] {
  const { ids, count: n } = model.regions;
  const rows: FlowRow[] = [];
  for (let r = 0; r < n; r++) {
    for (let s = 0; s < n; s++) {
      const persons = model.flows[r * n + s];
      if (persons > 0) rows.push({ step: model.step, from: ids[r], to: ids[s], persons });
    }
  }
  return rows;
}

/**
 * Persons and their mean disposable income (yuan per person per year, this year's) by the
 * group of their step-0 hukou region, wherever they live now. Groups in first-seen order
 * of the scenario's regions.
 */
export function recordOrigins(model: Model): OriginRow[] {
  const { labor, regions } = model;
  const groups = [...new Set(regions.groups)];
  const groupOf = Int32Array.from(regions.groups, (g) => groups.indexOf(g));
  const count = new Float64Array(groups.length);
  const income = new Float64Array(groups.length);
  for (let i = 0; i < labor.count; i++) {
    const g = groupOf[model.origin[i]];
    count[g]++;
    income[g] += labor.income[i];
  }
  return groups.map((group, g) => ({
    step: model.step,
    origin_group: group,
    persons: count[g] * model.personsPerAgent,
    mean_disposable_income: count[g] > 0 ? income[g] / count[g] : NaN,
  }));
}
