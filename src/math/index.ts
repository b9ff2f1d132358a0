// Elementary functions with the same bits in every JavaScript engine (see exp.ts).
// The engine and the metrics use these instead of Math.exp, Math.log and `**`.
export { exp } from './exp.ts';
export { log } from './log.ts';
export { pow } from './pow.ts';
