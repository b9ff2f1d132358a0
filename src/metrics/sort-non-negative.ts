/**
 * Sorts non-negative finite doubles ascending into `out`, in O(n) on spread-out values: a
 * bucket sort keyed on the high 32 bits of each double (sign, exponent and 20 bits of
 * mantissa), which for values ≥ 0 are ordered as the values are. Buckets are therefore
 * narrow in relative terms (a fixed share of an octave), so skewed data such as incomes
 * spreads evenly; each bucket is then finished by insertion sort, or by the native sort
 * when it is large (dense ties, e.g. everyone at an income floor), so there is no
 * quadratic worst case. Gives the same sequence as `Float64Array.from(values).sort()`.
 *
 * `offsets` is scratch for the bucket offsets, `sortScratch(n)` long (a caller that sorts
 * every step keeps one instead of allocating it each time); allocated when not given.
 * Returns `out`.
 *
 * @throws {RangeError} on a negative, non-finite or NaN value.
 * @example
 * sortNonNegative(new Float64Array([3, 1, 2]), new Float64Array(3)); // => Float64Array [1, 2, 3]
 */
export function sortNonNegative(values: Float64Array, out: Float64Array, offsets = sortScratch(values.length)): Float64Array {
  if (offsets.length < sortScratch(values.length).length) throw new RangeError('sortNonNegative: offsets shorter than sortScratch(n)');
  const n = values.length;
  const range = highWordRange(values);
  if (range === undefined) {
    // A −0 (high word 0x80000000) would land past the last bucket; the native sort orders it.
    out.set(values);
    return out.sort();
  }
  const { lo, hi } = range;
  const shift = shiftFor(hi - lo, bucketTarget(n));
  const buckets = ((hi - lo) >>> shift) + 1;
  offsets.fill(0, 0, buckets + 1);
  const words = highWords(values);
  for (let i = 0; i < n; i++) offsets[((words[2 * i + HI] - lo) >>> shift) + 1]++;
  for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
  // Scatter: offsets[b] becomes the end of bucket b, i.e. the start of bucket b + 1.
  for (let i = 0; i < n; i++) out[offsets[(words[2 * i + HI] - lo) >>> shift]++] = values[i];
  let start = 0;
  for (let b = 0; b < buckets; b++) {
    const end = offsets[b];
    if (end - start > 1) sortBucket(out, start, end);
    start = end;
  }
  return out;
}

/** Scratch offsets for sorting n values: about 2 bytes a value. */
export function sortScratch(n: number): Int32Array {
  return new Int32Array(bucketTarget(n) + 2);
}

/** Index of the high 32-bit word of a double in a Uint32Array view (platform byte order). */
const HI = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;

/** About one bucket per two values: short buckets, and the offsets take 2 bytes a value. */
const bucketTarget = (n: number) => Math.max(16, n >>> 1);

function highWords(values: Float64Array): Uint32Array {
  return new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
}

/** Smallest and largest high word (undefined if there is a −0); checks every value is ≥ 0 and finite. */
function highWordRange(values: Float64Array): { lo: number; hi: number } | undefined {
  let negativeZero = false;
  let min = Infinity;
  let max = -Infinity;
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

/** Smallest shift that maps a high-word span onto fewer than `target` buckets. */
function shiftFor(span: number, target: number): number {
  let shift = 0;
  while (span >>> shift >= target) shift++;
  return shift;
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
