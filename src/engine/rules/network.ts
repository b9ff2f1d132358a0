// Travel costs between regions: all-pairs shortest paths over the undirected links.
// Unreachable pairs keep Infinity: no trade, migration or diffusion between them.

export interface Edge {
  a: number;
  b: number;
  cost: number;
}

/** Floyd–Warshall, O(R³): 30k operations for 31 provinces, run only when links change. */
export function shortestPaths(regionCount: number, edges: readonly Edge[]): Float64Array {
  const n = regionCount;
  const d = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  for (const { a, b, cost } of edges) {
    if (cost < d[a * n + b]) {
      d[a * n + b] = cost;
      d[b * n + a] = cost;
    }
  }
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const dik = d[i * n + k];
      if (dik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const via = dik + d[k * n + j];
        if (via < d[i * n + j]) d[i * n + j] = via;
      }
    }
  }
  return d;
}
