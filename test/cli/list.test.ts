import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { alignColumns, firstSentence } from '../../src/cli/commands/list.ts';

describe('factorflow list', () => {
  const r = spawnSync(process.execPath, ['bin/factorflow.js', 'list'], { encoding: 'utf8' });
  const lines = r.stdout.trimEnd().split('\n');

  it('lists the bundled scenarios sorted by name, under a header, exit 0', () => {
    expect(r.status).toBe(0);
    expect(lines[0]).toMatch(/^NAME\s+REGIONS\s+STEPS\s+DESCRIPTION$/);
    const names = lines.slice(1).map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['china-2020', 'china-2000', 'common-prosperity', 'two-regions']));
  });

  it('aligns the columns and shows regions, steps and the first sentence of the description', () => {
    const column = lines[0].indexOf('DESCRIPTION');
    for (const line of lines.slice(1)) expect(line[column - 1]).toBe(' ');
    const china = lines.find((l) => l.startsWith('china-2020 '));
    expect(china?.split(/\s{2,}/)).toEqual(['china-2020', '31', '20', 'The 31 provincial-level units of mainland China in 2020.']);
  });
});

describe('list helpers', () => {
  it('firstSentence stops at the first full stop before a capital or the end', () => {
    expect(firstSentence('One (e.g. this). Two.')).toBe('One (e.g. this).');
    expect(firstSentence('Costs 0.5 each. More.')).toBe('Costs 0.5 each.');
    expect(firstSentence('No stop')).toBe('No stop');
  });

  it('alignColumns pads every column but the last to its widest cell', () => {
    expect(alignColumns([['a', 'bb', 'c'], ['ccc', 'd', 'e']])).toBe('a    bb  c\nccc  d   e');
  });
});
