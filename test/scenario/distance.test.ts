import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../src/scenario/index.ts';

describe('greatCircleKm', () => {
  it('Beijing–Shanghai is about 1067 km', () => {
    // Capitals' coordinates from ../shared/data/china-provinces-2020.csv. 1067.08 km computed
    // independently with Python's math module by the haversine formula, R = 6371 km; published
    // Beijing–Shanghai great-circle distances are about 1,067-1,070 km, depending on the points.
    expect(greatCircleKm(116.4, 39.9, 121.47, 31.23)).toBeCloseTo(1067.08, 1);
  });

  it('a quarter of a meridian is πR/2', () => {
    // Equator to pole: 2π·6371/4 = 10007.54 km.
    expect(greatCircleKm(30, 0, 30, 90)).toBeCloseTo((Math.PI * 6371) / 2, 2); // rounded to the metre
  });

  it('is symmetric and zero between a point and itself', () => {
    expect(greatCircleKm(10, 20, -30, 40)).toBeCloseTo(greatCircleKm(-30, 40, 10, 20), 9);
    expect(greatCircleKm(87.62, 43.83, 87.62, 43.83)).toBe(0);
  });

  it('antipodes are half the circumference apart', () => {
    expect(greatCircleKm(0, 0, 180, 0)).toBeCloseTo(Math.PI * 6371, 2);
  });
});

describe('greatCircleKm rounding', () => {
  it('is a whole number of metres, so every JavaScript engine gives the same link costs', () => {
    for (const [a, b, c, d] of [[116.4, 39.9, 121.47, 31.23], [87.62, 43.82, 91.11, 29.97], [1e-9, 0, 2e-9, 0]]) {
      const metres = greatCircleKm(a, b, c, d) * 1000;
      expect(Math.abs(metres - Math.round(metres))).toBeLessThan(1e-6);
    }
  });
});
