// The README shows real things: its scenario example is valid, its commands exist, its list
// of bundled scenarios is complete.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledNames, validateScenarioFile } from '../../src/io/scenario-files.ts';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('starts with the two quick-start commands', () => {
    const firstBlock = readme.match(/```sh\n([\s\S]*?)```/)![1];
    expect(firstBlock).toMatch(/^npm install && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  it('has a scenario example that validates', () => {
    const example = JSON.parse(readme.match(/```json\n([\s\S]*?)```/)![1]) as Record<string, unknown>;
    delete example.$schema;
    const file = join(mkdtempSync(join(tmpdir(), 'ff-readme-')), 'example.json');
    writeFileSync(file, JSON.stringify(example));
    expect(validateScenarioFile(file)).toEqual([]);
  });

  it('names every bundled scenario and every command', () => {
    for (const name of bundledNames()) expect(readme).toContain(`\`${name}\``);
    for (const command of ['run', 'compare', 'sweep', 'merge', 'sensitivity', 'calibrate', 'backtest', 'report', 'validate', 'list', 'serve']) {
      expect(readme).toContain(`factorflow ${command}`);
    }
  });
});
