// Escaping for the two places text lands in the page: HTML text/attributes and the
// inside of <script> elements. Everything from scenario files passes through one of them.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Serialises data as JSON that is safe inside a <script> element. Every `<` becomes
 * `\u003c`, so neither `</script>` nor `<!--` can end or confuse the script element
 * (a superset of escaping `</` as `<\/`); JSON.parse reads it back unchanged. U+2028
 * and U+2029 are escaped too so the text is also a valid JavaScript literal.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Makes library source safe to inline in <script>: `</script` would end the element early. */
export function scriptForInline(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
