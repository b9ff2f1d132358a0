import { entropyTerm } from './entropy-term.ts';
import { theilOf } from './theil.ts';
import { weightedMeanOf } from './weighted-mean.ts';
import { requirePositive, requireValues, requireWeights } from './validate.ts';

/** One group's part of a Theil decomposition. */
export interface TheilGroup {
  group: string;
  /** The group's share of total income, s_g = W_g·m_g / (W·m). */
  share: number;
  /** Theil T within the group; NaN for a group whose weights sum to 0 (share 0). */
  theil: number;
}

export interface TheilDecomposition {
  total: number;
  between: number;
  within: number;
  /** Sorted by group name (code-unit order: independent of locale and of input order). */
  groups: TheilGroup[];
}

/** Per-group running sums; the mean is shifted by the group's first value (see mean.ts). */
interface GroupSums {
  name: string;
  weight: number;
  shift: number;
  shifted: number;
  entropy: number;
}

/**
 * Theil T split exactly into inequality between groups and within them.
 *
 * With W_g, m_g the weight and weighted mean of group g, q_g = W_g/W its population share
 * and s_g = q_g·m_g/m its income share:
 * between = Σ_g q_g (m_g/m) ln(m_g/m); within = Σ_g s_g·T_g, T_g the Theil T of the group.
 * total = theil(values, weights), computed on its own; between + within equals it up to
 * rounding (Theil T is additively decomposable). Runs in O(n + G log G) for G groups.
 *
 * @throws {RangeError} as theil, or when `groups` differs in length from `values`.
 * @example
 * theilDecomposition([1, 1, 3, 3], [1, 1, 1, 1], ['a', 'a', 'b', 'b']).between; // => 0.130812035941137
 */
export function theilDecomposition(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
): TheilDecomposition {
  const metric = 'theilDecomposition';
  requireValues(metric, values);
  requirePositive(metric, values);
  const total = requireWeights(metric, weights, values.length);
  if (groups.length !== values.length) {
    throw new RangeError(`${metric}: groups has ${groups.length} elements, values has ${values.length}`);
  }
  const m = weightedMeanOf(values, weights, total);
  const sums = groupSums(values, weights, groups);
  let between = 0;
  let within = 0;
  const parts = sums.map((g): TheilGroup => {
    if (!(g.weight > 0)) return { group: g.name, share: 0, theil: NaN };
    const q = g.weight / total;
    const mg = g.shift + g.shifted / g.weight;
    const share = (q * mg) / m;
    const theilG = g.entropy / g.weight;
    between += q * entropyTerm((mg - m) / m);
    within += share * theilG;
    return { group: g.name, share, theil: theilG };
  });
  return { total: theilOf(values, weights, total), between, within, groups: parts };
}

/** Weights, means and within-group Theil sums per group, sorted by group name. */
function groupSums(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
): GroupSums[] {
  const byName = new Map<string, GroupSums>();
  const of: GroupSums[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let g = byName.get(groups[i]);
    if (!g) {
      g = { name: groups[i], weight: 0, shift: values[i], shifted: 0, entropy: 0 };
      byName.set(groups[i], g);
    }
    g.weight += weights[i];
    g.shifted += weights[i] * (values[i] - g.shift);
    of[i] = g;
  }
  // Second pass: each value's Theil summand around its own group's mean.
  for (let i = 0; i < values.length; i++) {
    const g = of[i];
    if (!(g.weight > 0)) continue;
    const mg = g.shift + g.shifted / g.weight;
    g.entropy += weights[i] * entropyTerm((values[i] - mg) / mg);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
