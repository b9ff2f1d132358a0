// Nesting deeper than any scenario needs is refused before parsing: the parser, the schema
// check and the merge all recurse, and a file of a million '[' would overflow the stack.

/** Deepest nesting of arrays and objects accepted (a scenario needs 5). */
export const MAX_JSON_DEPTH = 64;

/** Offset of the first bracket nested deeper than MAX_JSON_DEPTH, or -1. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return -1;
}
