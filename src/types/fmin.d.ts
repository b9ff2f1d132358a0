// Types of the part of fmin (https://github.com/benfred/fmin) that calibrate uses.
declare module 'fmin' {
  export interface NelderMeadParameters {
    maxIterations?: number;
    nonZeroDelta?: number;
    zeroDelta?: number;
    minErrorDelta?: number;
    minTolerance?: number;
    rho?: number;
    chi?: number;
    psi?: number;
    sigma?: number;
  }
  export function nelderMead(
    f: (x: number[]) => number, x0: number[], parameters?: NelderMeadParameters,
  ): { fx: number; x: number[] };
  const fmin: { nelderMead: typeof nelderMead };
  export default fmin;
}
