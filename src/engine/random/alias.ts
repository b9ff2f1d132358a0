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
  // Columns below and above the mean weight, as two stacks in one array (no boxing).
  const stack = new Int32Array(k);
  let small = 0;
  let large = k;
  for (let i = 0; i < k; i++) {
    prob[i] = (weights[i] * k) / total;
    if (prob[i] < 1) stack[small++] = i;
    else stack[--large] = i;
  }
  while (small > 0 && large < k) {
    const s = stack[--small];
    const l = stack[large];
    alias[s] = l;
    prob[l] = prob[l] + prob[s] - 1;
    if (prob[l] < 1) {
      large++;
      stack[small++] = l;
    }
  }
  // Leftovers are 1 up to rounding.
  for (let i = 0; i < small; i++) { prob[stack[i]] = 1; alias[stack[i]] = stack[i]; }
  for (let i = large; i < k; i++) { prob[stack[i]] = 1; alias[stack[i]] = stack[i]; }
  return { prob, alias };
}

/** One draw: a column uniformly, then the column's own index or its alias. */
export function drawAlias(table: AliasTable, u1: number, u2: number): number {
  const i = Math.min(table.prob.length - 1, Math.floor(u1 * table.prob.length));
  return u2 < table.prob[i] ? i : table.alias[i];
}
