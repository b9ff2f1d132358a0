// The page's round ticks and calendar years (pure functions; the browser tests check the page).
import { describe, expect, it } from 'vitest';
import { niceRange, niceTicks } from '../../web/axis.ts';
import { yearHeadline, yearOf, yearTick } from '../../web/years.ts';

describe('round ticks', () => {
  it('puts ticks at 1, 2 or 5 times a power of ten inside the range', () => {
    expect(niceTicks(0, 20, 4)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0.276, 0.435, 4)).toEqual([0.3, 0.35, 0.4]);
    expect(niceTicks(71_816, 143_917, 4)).toEqual([80_000, 100_000, 120_000, 140_000]);
    // No 0.30000000000000004.
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('widens a range to the ticks around it, so a line never touches the frame without a tick beside it', () => {
    expect(niceRange(71_816, 86_924, 4)).toEqual([70_000, 90_000]);
    const [lo, hi] = niceRange(0.291, 0.436, 4);
    expect(lo).toBeCloseTo(0.25, 12);
    expect(hi).toBeCloseTo(0.45, 12);
    expect(niceRange(3, 3)).toEqual([3, 3]);
    // A bound on a tick stays there: a share starting at 0 is not drawn from −1%.
    expect(niceRange(0, 0.0206, 4)).toEqual([0, 0.03]);
  });
});

describe('calendar years', () => {
  it('shows step t as baseYear + t where the scenario has one, and as a step count otherwise', () => {
    expect(yearOf({ baseYear: 2020 }, 7)).toBe('2027');
    expect(yearOf({}, 7)).toBe('year 7');
    expect(yearTick({ baseYear: 2000 }, 20)).toBe('2020');
    expect(yearHeadline({ baseYear: 2020, steps: 20 }, 7)).toBe('2027 · year 7 of 20');
    expect(yearHeadline({ steps: 60 }, 7)).toBe('Year 7 of 60');
  });
});
