// The layout docs/layout.md describes: the step's phases in engine/phases (each named in
// PHASES), experiment kinds in their own folders, paths in the docs that exist, and an
// import-cycle check (`npm run check:cycles`) that does catch a cycle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/experiment/kinds.ts';

const tsFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('the layout of src/', () => {
  it('keeps the step phases in engine/phases, each imported by step.ts', () => {
    const step = readFileSync('src/engine/step.ts', 'utf8');
    const phases = tsFiles('src/engine/phases');
    expect(phases.length).toBeGreaterThanOrEqual(12);
    for (const f of phases) expect(step, `step.ts imports phases/${f}`).toContain(`from './phases/${f}'`);
  });

  it('has at most 12 loose files in src/experiment and a folder for every kind merge knows', () => {
    expect(tsFiles('src/experiment').length).toBeLessThanOrEqual(12);
    const folderOf: Record<string, string> = { comparison: 'compare' };
    for (const kind of KIND_NAMES) expect(existsSync(join('src/experiment', folderOf[kind] ?? kind, 'index.ts')), kind).toBe(true);
  });

  it('names only files that exist when docs give a path under src/', () => {
    const docs = readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f));
    const missing: string[] = [];
    for (const file of [...docs, 'README.md']) {
      for (const [path] of readFileSync(file, 'utf8').matchAll(/\bsrc\/[\w./-]+\.ts\b/g)) {
        if (!existsSync(path)) missing.push(`${file}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('npm run check:cycles (dpdm)', () => {
  const dpdm = (dir: string) => spawnSync(process.execPath, [
    join('node_modules', 'dpdm', 'lib', 'bin', 'dpdm.js'), '--no-tree', '--no-warning', '--no-progress', '--exit-code', 'circular:1', `${dir}/**/*.ts`,
  ], { encoding: 'utf8' });

  it('fails on a cycle through a type import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ff-cycle-'));
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.ts';\nexport interface A { b?: B }\n");
    writeFileSync(join(dir, 'b.ts'), "import { type A } from './a.ts';\nexport interface B { a?: A }\n");
    const result = dpdm(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('a.ts');
  });

  it('passes on src/', () => {
    expect(dpdm('src').status).toBe(0);
  });
});
