// The shared CLI error policy: bad input → its lines and exit 2; anything else → one line, exit 1.
import { describe, expect, it } from 'vitest';
import { describeError, UserError } from '../../src/cli/errors.ts';
import { ScenarioError } from '../../src/scenario/index.ts';

describe('describeError', () => {
  it('prints a ScenarioError as one line per problem, exit 2', () => {
    const err = new ScenarioError([
      { file: 'a.json', path: 'steps', message: 'must be an integer >= 1 (got 0)' },
      { file: 'b.json', path: '', message: 'cannot read file (no such file)' },
    ]);
    expect(describeError(err)).toEqual({
      lines: ['a.json: steps: must be an integer >= 1 (got 0)', 'b.json: cannot read file (no such file)'],
      exitCode: 2,
    });
  });

  it('treats UserError and errors named InputError as bad input', () => {
    const input = Object.assign(new Error('results/x: not a results folder'), { name: 'InputError' });
    expect(describeError(new UserError('--reps must be at least 1'))).toEqual({ lines: ['--reps must be at least 1'], exitCode: 2 });
    expect(describeError(input)).toEqual({ lines: ['results/x: not a results folder'], exitCode: 2 });
  });

  it('names the path of a file-system error, exit 2', () => {
    const err = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: 'out/x.csv' });
    expect(describeError(err)).toEqual({ lines: ['out/x.csv: no such file or folder'], exitCode: 2 });
  });

  it('reduces anything else to one line, exit 1', () => {
    const { lines, exitCode } = describeError(new TypeError('x is undefined\n    at f (a.ts:1:1)'));
    expect(exitCode).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('internal error: x is undefined');
    expect(lines[0]).not.toContain('a.ts:1:1');
  });
});
