import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, scriptForInline } from '../../src/report/escape.ts';

describe('escapeHtml', () => {
  it('turns a hostile scenario name into inert text', () => {
    // Expected: the five HTML special characters replaced by their entities (HTML spec).
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes ampersands first and both kinds of quotes (safe inside attributes)', () => {
    expect(escapeHtml(`a & "b" 'c' &lt;`)).toBe('a &amp; &quot;b&quot; &#39;c&#39; &amp;lt;');
  });

  it('writes null and undefined as empty text and numbers as text', () => {
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(1.5)).toBe('1.5');
  });
});

describe('jsonForScript', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- x -->', sep: 'a\u2028b' };

  it('leaves no "<" that could end the script element or open a comment', () => {
    const text = jsonForScript(hostile);
    expect(text).not.toContain('<');
    expect(text).not.toContain('\u2028');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});

describe('scriptForInline', () => {
  it('breaks "</script" so a library cannot close its own element', () => {
    expect(scriptForInline('var s = "</script>";')).toBe('var s = "<\\/script>";');
    expect(scriptForInline('x = "</SCRIPT"')).toBe('x = "<\\/SCRIPT"');
  });

  it('leaves ordinary code unchanged', () => {
    const code = 'function f(a, b) { return a < b && b > 0; }';
    expect(scriptForInline(code)).toBe(code);
  });
});
