// Walker's alias method: O(k) set-up, O(1) draws from a fixed discrete distribution.
// Used for logit choices shared by many agents (MODEL.md, implementation notes).

export interface AliasTable {
  prob: Float64Array;
  alias: Int32Array;
}

/** Builds a table from non-negative weights (not necessarily normalised; sum > 0). */
export function buildAlias(weights: ArrayLike<number>): AliasTable {
  const k = weights.length;
  let total = 0;
  for (let i = 0; i < k; i++) total += weights[i];
  const prob = new Float64Array(k);
  const alias = new Int32Array(k);
  const scaled = new Float64Array(k);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < k; i++) {
    scaled[i] = (weights[i] * k) / total;
    (scaled[i] < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  // Leftovers are 1 up to rounding.
  for (const i of large) { prob[i] = 1; alias[i] = i; }
  for (const i of small) { prob[i] = 1; alias[i] = i; }
  return { prob, alias };
}

/** One draw: a column uniformly, then the column's own index or its alias. */
export function drawAlias(table: AliasTable, u1: number, u2: number): number {
  const i = Math.min(table.prob.length - 1, Math.floor(u1 * table.prob.length));
  return u2 < table.prob[i] ? i : table.alias[i];
}
