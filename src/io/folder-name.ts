// A scenario's name becomes part of a default results path (results/<name>/seed-1): it
// must stay one folder inside results/, whatever the name says.

/** `name` as one safe folder name: no separators, no `..`, no leading dot, no control characters. */
export function resultsFolderName(name: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, 100);
  return safe === '' ? 'scenario' : safe;
}
