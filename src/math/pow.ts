// x^y for x ≥ 0 as exp(y·ln x), exact for the cases the model meets often (y = 0, 1, x = 0, 1).
// Relative error about |y·ln x|·2^-53, far below anything the model resolves.
import { exp } from './exp.ts';
import { log } from './log.ts';

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x < 0) return NaN;
  return exp(y * log(x));
}
