// Step-0 calibration. Where a region gives GDP per person, its output is split between the
// urban and rural sectors so that urban labour income per urban person is ρ times rural
// income per rural person, with one ρ for all regions chosen (by bisection) so that the
// national urban-rural income ratio equals params.urbanRuralRatio. Urban TFP A_r is then
// solved from Y^U_r = p_r·A_r·G_r·Z_r^α·S_r^(1−α), and rural land from
// Y^R_r = A^R_r·Land_r^(1−β)·S^R_r^β. Prices depend on output through market access, so the
// split and the prices are iterated to a fixed point.
import { marketAccess } from '../phases/geography.ts';
import { exp, log, pow } from '../../math/index.ts';

export interface CalibrationInput {
  alpha: number;
  beta: number;
  targetRatio: number;
  capitalOutputRatio: number;
  /** Per region, in persons: urban and rural head counts and efficiency units. */
  urbanPersons: Float64Array;
  ruralPersons: Float64Array;
  urbanSupply: Float64Array;
  ruralSupply: Float64Array;
  /** GDP to reproduce (NaN where the region gives TFP instead). */
  gdp: Float64Array;
  /** Given urban TFP (NaN where calibrated). */
  tfp: Float64Array;
  /** Given capital per urban worker (NaN where the capital-output ratio applies). */
  capitalPerWorker: Float64Array;
  ruralTfp: Float64Array;
  agglomeration: Float64Array;
  /** Mean of z_j^(1/α) over the region's firms (0 where it has none). */
  firmProductivity: Float64Array;
  distance: Float64Array;
  theta: number;
  barrier: number;
  mu: number;
}

export interface Calibration {
  tfp: Float64Array;
  capital: Float64Array;
  land: Float64Array;
  urbanOutput: Float64Array;
  ruralOutput: Float64Array;
  price: Float64Array;
  marketAccess: Float64Array;
  ratio: number;
}

export function calibrate(input: CalibrationInput): Calibration {
  const n = input.gdp.length;
  let price = new Float64Array(n).fill(1);
  const access = new Float64Array(n);
  let ratio = input.targetRatio;
  let split = splitOutput(input, ratio, price);
  for (let iter = 0; iter < 100; iter++) {
    ratio = solveRatio(input, price);
    split = splitOutput(input, ratio, price);
    const next = new Float64Array(n);
    const gdp = split.urban.map((y, r) => y + split.rural[r]);
    marketAccess(input.distance, gdp, input.theta, input.barrier, input.mu, access, next);
    const change = next.reduce((m, p, r) => Math.max(m, Math.abs(p - price[r])), 0);
    price = next;
    if (change < 1e-13) break;
  }
  split = splitOutput(input, ratio, price);
  return {
    tfp: split.tfp, capital: split.capital, land: land(input, split.rural),
    urbanOutput: split.urban, ruralOutput: split.rural, price, marketAccess: access, ratio,
  };
}

interface Split {
  urban: Float64Array;
  rural: Float64Array;
  capital: Float64Array;
  tfp: Float64Array;
}

/** Urban and rural output, capital and TFP of every region for a given ρ and prices. */
function splitOutput(input: CalibrationInput, rho: number, price: Float64Array): Split {
  const n = input.gdp.length;
  const { alpha } = input;
  const out: Split = {
    urban: new Float64Array(n), rural: new Float64Array(n),
    capital: new Float64Array(n), tfp: new Float64Array(n),
  };
  for (let r = 0; r < n; r++) {
    const LU = input.urbanPersons[r];
    const LR = input.ruralPersons[r];
    const SU = input.urbanSupply[r];
    const zeta = input.firmProductivity[r];
    const scale = price[r] * input.agglomeration[r];
    if (!Number.isNaN(input.gdp[r])) {
      const ruralPc = input.gdp[r] / ((rho * LU) / (1 - alpha) + LR);
      out.urban[r] = (rho * ruralPc * LU) / (1 - alpha);
      out.rural[r] = ruralPc * LR;
      out.capital[r] = Number.isNaN(input.capitalPerWorker[r])
        ? input.capitalOutputRatio * out.urban[r]
        : input.capitalPerWorker[r] * LU;
      const base = scale * pow(zeta * out.capital[r], alpha) * pow(SU, 1 - alpha);
      out.tfp[r] = base > 0 ? out.urban[r] / base : 0;
    } else {
      const A = input.tfp[r];
      out.tfp[r] = A;
      out.capital[r] = Number.isNaN(input.capitalPerWorker[r])
        ? pow(input.capitalOutputRatio * scale * A * pow(zeta, alpha), 1 / (1 - alpha)) * SU
        : input.capitalPerWorker[r] * LU;
      out.urban[r] = SU > 0 ? scale * A * pow(zeta * out.capital[r], alpha) * pow(SU, 1 - alpha) : 0;
      out.rural[r] = LU > 0
        ? (((1 - alpha) * out.urban[r]) / (rho * LU)) * LR
        : input.ruralTfp[r] * pow(input.ruralSupply[r], input.beta);
    }
  }
  return out;
}

/** The ρ at which the national urban-rural ratio of labour income hits the target. */
function solveRatio(input: CalibrationInput, price: Float64Array): number {
  const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
  const LU = sum(input.urbanPersons);
  const LR = sum(input.ruralPersons);
  if (LU === 0 || LR === 0) return input.targetRatio;
  const national = (rho: number): number => {
    const s = splitOutput(input, rho, price);
    return ((1 - input.alpha) * sum(s.urban)) / LU / (sum(s.rural) / LR);
  };
  // The national ratio rises with ρ; bisect on log ρ.
  let lo = log(1e-4);
  let hi = log(1e4);
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (national(exp(mid)) < input.targetRatio) lo = mid;
    else hi = mid;
  }
  return exp((lo + hi) / 2);
}

function land(input: CalibrationInput, rural: Float64Array): Float64Array {
  const { beta } = input;
  return rural.map((y, r) => {
    const SR = input.ruralSupply[r];
    if (y <= 0 || SR <= 0) return 0;
    return pow(y / (input.ruralTfp[r] * pow(SR, beta)), 1 / (1 - beta));
  });
}
