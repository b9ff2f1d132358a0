// Exact bit-level helpers for the deterministic elementary functions.
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
// Index of the high 32-bit word of a double: 1 on little-endian machines, 0 on big-endian.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/** 2^k as a double, exact for −1022 ≤ k ≤ 1023. */
function powerOfTwo(k: number): number {
  i32[HIGH] = (k + 1023) << 20;
  i32[LOW] = 0;
  return f64[0];
}

/** y·2^k without going through an inexact pow; two steps keep subnormal results exact. */
export function scaleByPowerOfTwo(y: number, k: number): number {
  if (k > 1023) return y * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return y * powerOfTwo(-1022) * powerOfTwo(k + 1022);
  return y * powerOfTwo(k);
}

export function highWord(x: number): number {
  f64[0] = x;
  return i32[HIGH];
}

export function withHighWord(x: number, high: number): number {
  f64[0] = x;
  i32[HIGH] = high;
  return f64[0];
}
