/**
 * Sorts non-negative finite doubles ascending, in place, in linear time on spread-out
 * values: a bucket sort keyed on the high 32 bits of each double (sign, exponent and 20
 * bits of mantissa), which for values ≥ 0 are ordered as the values are. Buckets are thus
 * narrow in relative terms, so skewed data such as incomes spreads evenly over them.
 * Two cache-friendly passes fill them: by the key's top 16 bits (the exponent and 5 bits
 * of mantissa: 32 blocks an octave) into `scratch`, then within each block, which fits in
 * the cache, by as many of the next bits as give about two values a bucket, back into
 * `values`; each bucket is finished by insertion sort, or by the native sort when it is
 * large (dense ties, e.g. everyone at an income floor), so there is no quadratic worst
 * case. One pass of random writes over the whole array costs more than both passes.
 * The block key needs no range pass first, and a bad value shows in the block counts
 * (the keys of negative and non-finite values lie above every finite positive one).
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
  const from = highWords(values);
  const start = new Int32Array(BLOCKS + 1);
  for (let i = 0; i < n; i++) start[(from[2 * i + HI] >>> 16) + 1]++;
  if (hasAny(start, FIRST_BAD_BLOCK + 1, BLOCKS + 1)) {
    // Only a −0 (high word 0x80000000) may pass the check; the native sort puts it first.
    requireNonNegative(values);
    return values.sort();
  }
  for (let b = 0; b < FIRST_BAD_BLOCK; b++) start[b + 1] += start[b];
  const fill = start.slice(0, FIRST_BAD_BLOCK);
  for (let i = 0; i < n; i++) scratch[fill[from[2 * i + HI] >>> 16]++] = values[i];
  const words = highWords(scratch);
  const fine = new Int32Array(BLOCK_SPAN + 1);
  for (let b = 0; b < FIRST_BAD_BLOCK; b++) {
    if (start[b + 1] - start[b] > 1) sortBlock(scratch, words, start[b], start[b + 1], fine, values);
    else if (start[b + 1] > start[b]) values[start[b]] = scratch[start[b]];
  }
  return values;
}

/** Blocks by the high word's top 16 bits; from 0x7ff0 on: Infinity, NaN, negatives. */
const BLOCKS = 1 << 16;
const FIRST_BAD_BLOCK = 0x7ff0;
/** High-word values within one block. */
const BLOCK_SPAN = 1 << 16;

/** Index of the high 32-bit word of a double in a Uint32Array view (platform byte order). */
const HI = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;

function highWords(values: Float64Array): Uint32Array {
  return new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
}

function hasAny(counts: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (counts[k] > 0) return true;
  return false;
}

function requireNonNegative(values: Float64Array): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && v < Infinity)) throw new RangeError(`sortNonNegative: values[${i}] = ${v} must be ≥ 0 and finite`);
  }
}

/**
 * Moves block src[a, b) into out[a, b) by the next bits of the high word (about two values
 * a bucket), then sorts each bucket.
 */
function sortBlock(src: Float64Array, words: Uint32Array, a: number, b: number, fine: Int32Array, out: Float64Array): void {
  let bits = 1;
  while (bits < 16 && 1 << (bits + 1) <= b - a) bits++;
  const shift = 16 - bits;
  const buckets = 1 << bits;
  fine.fill(0, 0, buckets + 1);
  for (let i = a; i < b; i++) fine[((words[2 * i + HI] & 0xffff) >>> shift) + 1]++;
  fine[0] = a;
  for (let f = 0; f < buckets; f++) fine[f + 1] += fine[f];
  // fine[f] is now the start of bucket f; filling moves it to the bucket's end.
  for (let i = a; i < b; i++) out[fine[(words[2 * i + HI] & 0xffff) >>> shift]++] = src[i];
  let begin = a;
  for (let f = 0; f < buckets && begin < b; f++) {
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
