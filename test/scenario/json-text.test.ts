// Syntax errors name line and column (1-based, counted by hand in each text below).
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/scenario/json-text.ts';

function message(text: string): string {
  const parsed = parseJsonText(text, 'f.json');
  return parsed.ok ? 'ok' : parsed.problem.message;
}

describe('parseJsonText', () => {
  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', "line 3, column 3: expected ',' or '}' after a value"],
    ['{"a": [1, 2,]}', "line 1, column 13: trailing comma before ']'"],
    ['{"a": NaN}', 'line 1, column 7: unexpected "NaN"'],
    ['{"a": tru}', 'line 1, column 7: unexpected "tru"'],
    ['{\n"a": "x', 'line 2, column 8: unexpected end of file'],
    ["{'a': 1}", 'line 1, column 2: expected a key in double quotes'],
    ['{"a": 1} x', 'line 1, column 10: unexpected text after the end'],
    ['', 'line 1, column 1: unexpected end of file'],
  ])('%j → %s', (text, expected) => {
    expect(message(text)).toContain(`not valid JSON: ${expected}`);
  });

  it('accepts valid JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, {"b": null}], "c": "\\u00e9"}', 'f.json')).toEqual({ ok: true, value: { a: [1, { b: null }], c: 'é' } });
  });
});
