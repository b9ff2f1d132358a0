/**
 * Sorts non-negative finite doubles ascending, in place, in linear time on spread-out
 * values: a bucket sort keyed on the high 32 bits of each double (sign, exponent and 20
 * bits of mantissa), which for values ≥ 0 are ordered as the values are. Buckets are thus
 * narrow in relative terms (a fixed share of an octave), so skewed data such as incomes
 * spreads evenly over them. The buckets are filled in two cache-friendly passes, first by
 * the key's high bits into `scratch` (a few thousand sequential write streams), then within
 * each of those blocks, which fit in the cache, by its low bits back into `values`; each
 * bucket is finished by insertion sort, or by the native sort when it is large (dense
 * ties, e.g. everyone at an income floor), so there is no quadratic worst case. One pass
 * of random writes over the whole array costs more than both passes together.
 * Gives the same sequence as `values.sort()`.
 *
 * `scratch` must be at least as long as `values`; it is overwritten.
 *
 * @throws {RangeError} on a negative, non-finite or NaN value.
 * @example
 * sortNonNegative(new Float64Array([3, 1, 2]), new Float64Array(3)); // => Float64Array [1, 2, 3]
 */
export function sortNonNegative(values: Float64Array, scratch: Float64Array): Float64Array {
  const n = values.length;
  if (scratch.length < n) throw new RangeError(`sortNonNegative: scratch holds ${scratch.length} values, needs ${n}`);
  const range = highWordRange(values);
  // A −0 (high word 0x80000000) would land past the last bucket; the native sort orders it.
  if (range === undefined) return values.sort();
  const { lo, hi } = range;
  const shift = shiftFor(hi - lo, Math.max(16, n >>> 1)); // about two values a bucket
  const blocks = ((hi - lo) >>> shift >>> FINE_BITS) + 1;
  const start = new Int32Array(blocks + 1);
  const from = highWords(values);
  for (let i = 0; i < n; i++) start[((from[2 * i + HI] - lo) >>> shift >>> FINE_BITS) + 1]++;
  for (let b = 0; b < blocks; b++) start[b + 1] += start[b];
  const fill = start.slice(0, blocks);
  for (let i = 0; i < n; i++) scratch[fill[(from[2 * i + HI] - lo) >>> shift >>> FINE_BITS]++] = values[i];
  const fine = new Int32Array(FINE + 1);
  const words = highWords(scratch);
  for (let b = 0; b < blocks; b++) {
    if (start[b + 1] > start[b]) sortBlock(scratch, words, start[b], start[b + 1], lo, shift, fine, values);
  }
  return values;
}

/** The key's low bits order the values within a block: 256 buckets a block. */
const FINE_BITS = 8;
const FINE = 1 << FINE_BITS;

/** Index of the high 32-bit word of a double in a Uint32Array view (platform byte order). */
const HI = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;

function highWords(values: Float64Array): Uint32Array {
  return new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
}

/** Smallest and largest high word (undefined if there is a −0); checks every value is ≥ 0 and finite. */
function highWordRange(values: Float64Array): { lo: number; hi: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  let negativeZero = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && v < Infinity)) {
      throw new RangeError(`sortNonNegative: values[${i}] = ${v} must be ≥ 0 and finite`);
    }
    if (v < min) min = v;
    if (v > max) max = v;
    if (v === 0 && 1 / v < 0) negativeZero = true;
  }
  if (negativeZero) return undefined;
  if (values.length === 0) return { lo: 0, hi: 0 };
  return { lo: highWord(min), hi: highWord(max) };
}

function highWord(v: number): number {
  return new Uint32Array(new Float64Array([v]).buffer)[HI];
}

/** Smallest shift that maps a high-word span onto fewer than `target` keys. */
function shiftFor(span: number, target: number): number {
  let shift = 0;
  while (span >>> shift >= target) shift++;
  return shift;
}

/** Moves block src[a, b) into out[a, b) by the key's low bits, then sorts each bucket. */
function sortBlock(
  src: Float64Array, words: Uint32Array, a: number, b: number, lo: number, shift: number,
  fine: Int32Array, out: Float64Array,
): void {
  fine.fill(0);
  for (let i = a; i < b; i++) fine[(((words[2 * i + HI] - lo) >>> shift) & (FINE - 1)) + 1]++;
  fine[0] = a;
  for (let f = 0; f < FINE; f++) fine[f + 1] += fine[f];
  // fine[f] is now the start of bucket f; filling moves it to the bucket's end.
  for (let i = a; i < b; i++) out[fine[((words[2 * i + HI] - lo) >>> shift) & (FINE - 1)]++] = src[i];
  let begin = a;
  for (let f = 0; f < FINE && begin < b; f++) {
    const end = fine[f];
    if (end - begin > 1) sortBucket(out, begin, end);
    begin = end;
  }
}

const INSERTION_MAX = 48;

function sortBucket(x: Float64Array, start: number, end: number): void {
  if (end - start > INSERTION_MAX) {
    x.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const v = x[i];
    let j = i - 1;
    while (j >= start && x[j] > v) {
      x[j + 1] = x[j];
      j--;
    }
    x[j + 1] = v;
  }
}
