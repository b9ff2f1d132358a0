// Phase 1, policy schedule: apply the lever changes and link changes dated this step
// (compiled from the scenario's schedule, ramps already spread over their steps).
import { setPath, type ScheduledAction } from '../../scenario/index.ts';
import type { Model } from '../state.ts';

export function applySchedule(model: Model): void {
  for (const action of model.schedule[model.step] ?? []) applyAction(model, action);
}

export function applyAction(model: Model, action: ScheduledAction): void {
  switch (action.kind) {
    case 'set':
      setPath({ params: model.params, policy: model.policy }, action.key, action.value);
      break;
    case 'addLink':
      model.links.push({ ...action.link });
      model.linksChanged = true;
      break;
    case 'removeLink':
      model.links = model.links.filter((l) => !sameLink(l, action.from, action.to));
      model.linksChanged = true;
      break;
    case 'linkCost':
      for (const l of model.links) {
        if (!sameLink(l, action.from, action.to)) continue;
        l.cost = action.cost ?? (l.cost ?? 0) * (action.factor ?? 1);
      }
      model.linksChanged = true;
      break;
  }
}

function sameLink(l: { from: string; to: string }, a: string, b: string): boolean {
  return (l.from === a && l.to === b) || (l.from === b && l.to === a);
}
