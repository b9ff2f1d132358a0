// Every public metric's doc comment carries an @example whose `// =>` value is checked
// here by running it, so a doc that drifts from the code fails the tests.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import * as metrics from '../../src/metrics/index.ts';
import { expectClose } from './helpers.ts';

const dir = new URL('../../src/metrics/', import.meta.url);
const internal = new Set(['index.ts', 'validate.ts', 'entropy-term.ts']);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !internal.has(f));

/** ` * expression; // => expected` lines of a file. */
function examples(file: string): { expr: string; expected: string }[] {
  const text = readFileSync(new URL(file, dir), 'utf8');
  return [...text.matchAll(/^ \* (\w+\(.*\).*?); \/\/ => (.+)$/gm)].map((m) => ({ expr: m[1], expected: m[2] }));
}

/** Runs an example with the metrics in scope. */
function run(expr: string): unknown {
  const names = Object.keys(metrics);
  return new Function(...names, `return (${expr});`)(...names.map((n) => (metrics as Record<string, unknown>)[n]));
}

describe('doc examples', () => {
  it.each(files)('%s has an @example that holds', (file) => {
    const found = examples(file);
    expect(found.length, `${file} has no "// =>" example`).toBeGreaterThan(0);
    for (const { expr, expected } of found) {
      const actual = run(expr);
      const array = expected.match(/^Float64Array \[(.*)\]/);
      if (array) {
        expect(actual).toBeInstanceOf(Float64Array);
        expect([...(actual as Float64Array)]).toEqual(array[1].split(',').map(Number));
      } else {
        expectClose(actual as number, Number.parseFloat(expected), 1e-12, 1e-15);
      }
    }
  });
});
