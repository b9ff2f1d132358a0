// The behavioural parameters of the bundled China scenarios (china-2000, china-2020 and the
// policy variants that extend it), fitted by `factorflow calibrate` of china-2000 to China's
// provinces in 2020 (scenarios/targets/china-2000-to-2020.json). The command, the fit and
// each value's profile interval are in docs/calibration.md; the model defaults
// (src/scenario/defaults.ts) are left as they are, for scenarios of other economies.
export const CHINA_FITTED_PARAMS = {
  diffusion: 0.023417,
  migrationScale: 2.01715,
  congestion: 3.47339,
  investmentScale: 19.8124,
  agglomeration: 0.0896776,
  sectorSwitchCost: 1.23352,
};
