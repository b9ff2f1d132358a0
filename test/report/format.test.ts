import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../src/report/format.ts';
import { compactNumber } from '../../src/report/charts/common.ts';

describe('formatNumber', () => {
  it('groups large values without decimals and keeps 4 significant digits otherwise', () => {
    // Expected values written by hand from the rule in format.ts's doc comment.
    expect(formatNumber(1234567.89)).toBe('1,234,568');
    expect(formatNumber(0.0223144)).toBe('0.02231');
    expect(formatNumber(-0.02)).toBe('-0.02');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes missing and non-finite values as n/a, never NaN', () => {
    expect(formatNumber(Number.NaN)).toBe('n/a');
    expect(formatNumber(null)).toBe('n/a');
    expect(formatNumber(Infinity)).toBe('n/a');
  });

  it('joins lists and marks empty ones', () => {
    expect(formatValue([1, 2])).toBe('1, 2');
    expect(formatValue([])).toBe('(none)');
  });
});

describe('compactNumber', () => {
  it('uses tn, bn, M and k for large values', () => {
    // By hand: 1.23e13 = 12.3 trillion, 4.5e9 = 4.5 billion, 3.4e7 = 34 million, 71500 = 71.5 thousand.
    expect(compactNumber(1.23e13)).toBe('12.3tn');
    expect(compactNumber(4.5e9)).toBe('4.5bn');
    expect(compactNumber(3.4e7)).toBe('34M');
    expect(compactNumber(71_500)).toBe('71.5k');
    expect(compactNumber(0.2834)).toBe('0.283');
    expect(compactNumber(null)).toBe('');
  });
});
