import { entropyTerm } from './entropy-term.ts';
import { theilOf } from './theil.ts';
import { weightedMeanParts } from './weighted-mean.ts';
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
 * theilDecomposition([1, 1, 3, 3], [1, 1, 1, 1], ['a', 'a', 'b', 'b']).between; // => 0.13081203594113697
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
  const m = weightedMeanParts(values, weights, total);
  let between = 0;
  let within = 0;
  const parts = splitByGroup(values, weights, groups).map(({ name, x, w }): TheilGroup => {
    const weight = w.reduce((a, b) => a + b, 0);
    if (!(weight > 0)) return { group: name, share: 0, theil: NaN };
    const mg = weightedMeanParts(x, w, weight);
    // (m_g − m)/m from the hi and lo parts: accurate when group means are close.
    const gap = (mg.hi - m.hi + (mg.lo - m.lo)) / m.hi;
    const q = weight / total;
    const share = (q * mg.hi) / m.hi; // not q·(1 + gap): that cancels when m_g ≪ m
    const theilG = theilOf(x, w, weight);
    between += q * entropyTerm(gap);
    within += share * theilG;
    return { group: name, share, theil: theilG };
  });
  return { total: theilOf(values, weights, total), between, within, groups: parts };
}

/** The values and weights of each group, groups sorted by name. Runs in O(n + G log G). */
function splitByGroup(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  groups: ArrayLike<string>,
): { name: string; x: number[]; w: number[] }[] {
  const byName = new Map<string, { name: string; x: number[]; w: number[] }>();
  for (let i = 0; i < values.length; i++) {
    let g = byName.get(groups[i]);
    if (!g) byName.set(groups[i], (g = { name: groups[i], x: [], w: [] }));
    g.x.push(values[i]);
    g.w.push(weights[i]);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
