// The levers on the page: the scenario key each one sets, its range and a plain-words hint.
// Ranges span the bundled scenarios' values with room on both sides (MODEL.md, levers).
import type { Scenario } from '../src/scenario/index.ts';

// Only a scenario built around agglomeration gets its slider: at 0.3 or more it can break the
// symmetry of equal regions (two-regions uses 0.6); the China scenarios' fitted 0.09 cannot,
// and a slider there would mostly invite moves that do little.
const STRONG_AGGLOMERATION = 0.3;

export interface Slider {
  kind: 'slider';
  key: string;
  label: string;
  hint: string;
  min: number;
  max: number;
  step: number;
  /** Shown only for scenarios where it matters (absent: always). */
  when?: (scenario: Scenario) => boolean;
}

export interface Choice {
  kind: 'choice';
  key: string;
  label: string;
  hint: string;
  options: string[];
  when?: (scenario: Scenario) => boolean;
}

export type Lever = Slider | Choice;

export const LEVERS: Lever[] = [
  { kind: 'slider', key: 'policy.transfers.rate', label: 'Transfers rate', hint: 'share of central tax paid out to regions', min: 0, max: 1, step: 0.05 },
  { kind: 'choice', key: 'policy.transfers.formula', label: 'Transfers formula', hint: 'equalization: to regions with low local revenue', options: ['equalization', 'per-capita', 'none'] },
  { kind: 'slider', key: 'policy.floor', label: 'Income floor', hint: 'minimum living standard, share of mean income', min: 0, max: 0.5, step: 0.01 },
  { kind: 'slider', key: 'policy.migrationCost', label: 'Migration cost', hint: 'fixed cost of moving to another region', min: 0, max: 6, step: 0.1 },
  { kind: 'slider', key: 'policy.hukouPenalty', label: 'Hukou penalty', hint: 'cost of living outside one\'s registration region', min: 0, max: 3, step: 0.1 },
  { kind: 'slider', key: 'policy.hukouAccess', label: 'Migrants\' access', hint: 'share of public services migrants get', min: 0, max: 1, step: 0.05 },
  { kind: 'slider', key: 'policy.tradeBarrier', label: 'Trade barrier', hint: 'local protectionism, in km of extra distance', min: 0, max: 2000, step: 10 },
  { kind: 'slider', key: 'policy.capitalFriction', label: 'Capital friction', hint: 'return lost by investing outside home', min: 0, max: 0.2, step: 0.005 },
  // A model parameter, not a policy: shown where the scenario turns it up (two-regions'
  // core and periphery), since there it decides whether the regions drift apart.
  {
    kind: 'slider', key: 'params.agglomeration', label: 'Agglomeration', hint: 'how much more productive firms are where more workers crowd together',
    min: 0, max: 1, step: 0.05, when: (s) => s.params.agglomeration >= STRONG_AGGLOMERATION,
  },
];

/** The levers the page shows for a scenario. */
export function leversFor(scenario: Scenario): Lever[] {
  return LEVERS.filter((l) => l.when?.(scenario) ?? true);
}
