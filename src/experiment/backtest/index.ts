// Backtests (`factorflow backtest SCENARIO --targets FILE`): a scenario's replications set
// beside observed targets. Not a list of runs of its own (it runs replications), so it is not
// in kinds.ts. Its surface: the whole backtest (backtest.ts), the fit statistics (fit.ts)
// and its text.
export { runBacktest, type BacktestResult } from './backtest.ts';
export { fitStats, type FitStats } from './fit.ts';
export { backtestText } from './text.ts';
