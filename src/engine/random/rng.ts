// Random streams. One seedrandom stream per purpose, each derived from the scenario seed
// and the purpose's name, so that switching one feature off never shifts another's draws.
import seedrandom from 'seedrandom';
import { exp, log } from '../../math/index.ts';

export type Rng = () => number;

export const STREAMS = [
  'skills', 'firms', 'investors', 'unemployment', 'entry', 'relocation',
  'migration', 'settlement',
] as const;
export type StreamName = (typeof STREAMS)[number];
export type Streams = Record<StreamName, Rng>;

/** Alea is seedrandom's fastest generator (about 8 ns a draw here), with 2^116 period. */
export function makeStreams(seed: number): Streams {
  const out = {} as Streams;
  for (const name of STREAMS) out[name] = seedrandom.alea(`factorflow/${seed}/${name}`);
  return out;
}

/**
 * Standard normal draw by Marsaglia's polar method (one of the pair): it needs only log and
 * sqrt, both exact across engines here (src/math), where Box–Muller's cos is not.
 */
export function normal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng() - 1;
    const v = 2 * rng() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * log(s)) / s);
  }
}

/** LogNormal draw with mean 1 and log-dispersion sigma: ln x ~ N(−σ²/2, σ²). */
export function logNormalMeanOne(rng: Rng, sigma: number): number {
  if (sigma === 0) return 1;
  return exp(sigma * normal(rng) - (sigma * sigma) / 2);
}
