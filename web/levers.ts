// The levers on the page: the scenario key each one sets, its range and a plain-words hint.
// Ranges span the bundled scenarios' values with room on both sides (MODEL.md, levers).

export interface Slider {
  kind: 'slider';
  key: string;
  label: string;
  hint: string;
  min: number;
  max: number;
  step: number;
}

export interface Choice {
  kind: 'choice';
  key: string;
  label: string;
  hint: string;
  options: string[];
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
];
