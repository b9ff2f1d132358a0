// The CLI as users run it: `node bin/factorflow.js ...` in a child process.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function factorflow(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/factorflow.js', ...args], { encoding: 'utf8', env: { ...process.env, FACTORFLOW_DEBUG: '' } });
  const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);
  return { code: r.status, out: lines(r.stdout), err: lines(r.stderr) };
}

const M = 'test/scenario/malformed';

/** A stack trace has lines like "    at foo (file.ts:1:2)". */
const STACK = /^\s+at |\.ts:\d+:\d+/;

describe('factorflow validate', () => {
  it('prints "FILE: ok" and the size guard\'s figures per valid file and exits 0', () => {
    const r = factorflow('validate', 'scenarios/two-regions.json', 'china-2020');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      expect.stringMatching(/^scenarios\/two-regions\.json: ok \(10,000 agents, 40 firms, 2 regions, 60 steps: about [\d,]+ MB of memory \([\d,]+ MB available\), [\d,]+ MB on disk; horizon 4,662 steps\)$/),
      expect.stringMatching(/^scenarios\/china-2020\.json: ok \(100,000 agents, 1,240 firms, 31 regions, 20 steps: /),
    ]);
    expect(r.err).toEqual([]);
  });

  it('prints one line per problem to stderr and exits 2', () => {
    const r = factorflow('validate', `${M}/many-problems.json`);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(6); // the six mistakes of many-problems.json (test/scenario/malformed.test.ts)
    for (const line of r.err) expect(line.startsWith(`${M}/many-problems.json: `)).toBe(true);
  });

  it('checks every file: valid ones say ok, invalid ones list their problems, exit 2', () => {
    const r = factorflow('validate', `${M}/alpha-one.json`, 'two-regions', `${M}/not-json-comment.json`);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([expect.stringMatching(/^scenarios\/two-regions\.json: ok \(/)]);
    expect(r.err).toEqual([
      `${M}/alpha-one.json: params.alpha: must be a number in (0, 1) (got 1)`,
      `${M}/not-json-comment.json: not valid JSON: line 1, column 1: comments are not allowed in JSON`,
    ]);
  });

  it('reports a missing file in one line, without a stack trace', () => {
    const r = factorflow('validate', 'no/such/file.json');
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['no/such/file.json: cannot read file (no such file)']);
  });

  it('checks --set overrides too', () => {
    const r = factorflow('validate', 'two-regions', '--set', 'params.alpah=0.3');
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['--set: params.alpah: unknown key (did you mean "params.alpha"?)']);
  });

  it('never prints a stack trace for any file of the malformed corpus', () => {
    const r = factorflow('validate', ...['not-an-object', 'extends-cycle-a', 'number-not-finite', 'schedule-two-actions'].map((f) => `${M}/${f}.json`));
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(4);
    for (const line of r.err) expect(line).not.toMatch(STACK);
  });
});

describe('factorflow usage', () => {
  it('an unknown command is a one-line usage error, exit 2', () => {
    const r = factorflow('valdate', 'x.json');
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('validate');
    for (const line of r.err) expect(line).not.toMatch(STACK);
  });

  it('no command asks for one', () => {
    const r = factorflow();
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('name a command');
  });

  it('--version prints the version of package.json', () => {
    const r = factorflow('--version');
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['0.1.0']);
  });
});
