// Whole-number flags (--seed, --steps, --reps, --workers, --port) are read from the text the
// user typed: decimal digits only, so `0x10`, `1e3`, `1.5`, an empty value or a number
// too large to be exact (above 2^53 − 1, where 2^53 + 1 would silently become 2^53) is a
// mistake, not some other number.
import { UserError } from './errors.ts';

/** A yargs `coerce` for `flag`: a decimal integer in [min, max]. */
export function integerArg(flag: string, min: number, max = Number.MAX_SAFE_INTEGER): (raw: unknown) => number {
  return (raw: unknown) => {
    // Given twice, the last one counts, as for any other flag.
    const last: unknown = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    const text = String(last ?? '').trim();
    if (text === '') throw new UserError(`${flag}: empty; expected a whole number ≥ ${min}`);
    if (!/^\d+$/.test(text)) {
      const shown = text.length > 20 ? `${text.slice(0, 19)}…` : text;
      throw new UserError(`${flag}: expected a whole number in decimal digits ≥ ${min} (got "${shown}")`);
    }
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value > max || value < min) {
      const range = max === Number.MAX_SAFE_INTEGER ? `from ${min} to 2^53 − 1 (${max})` : `from ${min} to ${max}`;
      throw new UserError(`${flag}: must be ${range} (got ${text.length > 20 ? `${text.slice(0, 19)}…` : text})`);
    }
    return value;
  };
}

/** A yargs `coerce` for an array flag (`--at 5 10`): every value a decimal integer in [min, max]. */
export function integerListArg(flag: string, min: number, max = Number.MAX_SAFE_INTEGER): (raw: unknown) => number[] {
  const one = integerArg(flag, min, max);
  return (raw: unknown) => (Array.isArray(raw) ? raw : [raw]).map((v) => one(v));
}
