// "Did you mean" for near misses: most misspelt keys are one or two edits away.
import { distance } from 'fastest-levenshtein';

/** The closest candidate within a few edits (case ignored), or undefined. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const list = [...candidates];
  // A truncated word ("equal" for "equalization") is a near miss too, however many letters are cut.
  const prefixed = lower.length >= 3 ? list.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (prefixed.length === 1) return prefixed[0];
  // Short words tolerate 2 edits; longer ones a third of their length.
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    const d = distance(lower, c.toLowerCase());
    // d < length: a word replaced letter for letter ("Z" for "A") is no near miss.
    if (d < bestDistance && d <= limit && d < word.length) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
