// The run report's largest migration corridors: flows summed over steps, largest first.
import { describe, expect, it } from 'vitest';
import { corridorChart, largestCorridors, sumCorridors } from '../../src/report/charts/corridors.ts';

const flows = [
  { step: 1, from: 'A', to: 'B', persons: 10 },
  { step: 2, from: 'A', to: 'B', persons: 15 },
  { step: 1, from: 'B', to: 'A', persons: 20 },
  { step: 2, from: 'C', to: 'A', persons: 5 },
];

describe('largest corridors', () => {
  it('sums each (from, to) over the steps and ranks them, a flow and its reverse apart', () => {
    expect(largestCorridors(sumCorridors(flows).values(), 2)).toEqual([
      { from: 'A', to: 'B', persons: 25 },
      { from: 'B', to: 'A', persons: 20 },
    ]);
  });

  it('draws them as bars labelled with region names, in rank order', () => {
    const chart = corridorChart(largestCorridors(sumCorridors(flows).values(), 3), new Map([['A', 'Alpha'], ['B', 'Beta']]), 2)!;
    const values = (chart.spec as { data: { values: { corridor: string; persons: number }[] } }).data.values;
    expect(values.map((v) => v.corridor)).toEqual(['Alpha → Beta', 'Beta → Alpha', 'C → Alpha']);
    expect(corridorChart([], new Map(), 2)).toBeUndefined();
  });
});
