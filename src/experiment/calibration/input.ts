// What a calibration is given: the scenario, the free parameters, the target moments, the
// seeds and the search's settings. Its own file so that the calibration's parts (the design
// phase, the search, the command) all depend on it and not on one another.
import type { Scenario } from '../../scenario/index.ts';
import type { FreeParam } from './free.ts';
import type { ChainOptions } from './search.ts';
import type { Moment } from './targets.ts';

export interface CalibrationSettings {
  /** Evaluations of the design and the search together. */
  budget: number;
  /** Points of the space-filling design. */
  designPoints: number;
  /** Nelder–Mead chains, from the best design points. */
  starts: number;
  /** Points per parameter in the profiles (0: none). */
  profilePoints: number;
  /** Half-width of the profiles, in shares of each parameter's range. */
  profileWidth: number;
  search: ChainOptions;
}

export interface CalibrationInput {
  base: Scenario;
  load: (overrides: string[]) => Scenario;
  free: FreeParam[];
  targetsFile: string;
  targetsName: string;
  moments: Moment[];
  seeds: number[];
  settings: CalibrationSettings;
  /** The scenario as the user named it (a bundled name or a path) and the --set/--steps given. */
  ref: string;
  overrides: [string, unknown][];
}
