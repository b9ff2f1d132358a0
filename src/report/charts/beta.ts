// β-convergence: average annual growth of GDP per person against its initial log, one
// point per region, with the fitted line and the implied speed and half-life.
import type { Chart } from '../page.ts';
import type { CsvRow } from '../files.ts';
import { formatNumber } from '../format.ts';
import { olsLine } from '../ols.ts';

export interface BetaSummary {
  beta?: number | null;
  speed?: number | null;
  halfLife?: number | null;
  years?: number | null;
}

interface BetaPoint {
  name: string;
  ln_y0: number;
  growth: number;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Growth is (ln y_T − ln y_0)/T, the measure whose slope gives λ = −ln(1 + βT)/T. */
function betaPoints(start: CsvRow[], end: CsvRow[], years: number, names: Map<string, string>): BetaPoint[] {
  const endById = new Map(end.map((r) => [String(r.region), r]));
  return start.flatMap((r) => {
    const y0 = num(r.gdp_per_capita);
    const yT = num(endById.get(String(r.region))?.gdp_per_capita);
    if (y0 === null || yT === null || y0 <= 0 || yT <= 0) return [];
    const name = names.get(String(r.region)) ?? String(r.region);
    return [{ name, ln_y0: Math.log(y0), growth: (Math.log(yT) - Math.log(y0)) / years }];
  });
}

/** Speed and half-life from summary.json, or from β itself when the summary lacks them. */
function implied(beta: number, years: number, s: BetaSummary): { speed: number | null; halfLife: number | null } {
  const speed = num(s.speed) ?? (1 + beta * years > 0 ? -Math.log(1 + beta * years) / years : null);
  const halfLife = num(s.halfLife) ?? (speed !== null && speed > 0 ? Math.LN2 / speed : null);
  return { speed, halfLife };
}

function subtitle(beta: number, speed: number | null, halfLife: number | null): string {
  const pct = speed === null ? 'n/a' : `${formatNumber(speed * 100)}% per year`;
  const hl = halfLife === null ? 'n/a (no convergence)' : `${formatNumber(halfLife)} years`;
  return `β = ${formatNumber(beta)}, implied speed λ = ${pct}, half-life ${hl}`;
}

/** The β scatter with its fitted line, or undefined with fewer than two usable regions. */
export function betaChart(opts: {
  start: { step: number; rows: CsvRow[] };
  end: { step: number; rows: CsvRow[] };
  summary: BetaSummary;
  names: Map<string, string>;
}): Chart | undefined {
  const years = num(opts.summary.years) ?? opts.end.step - opts.start.step;
  if (years <= 0) return undefined;
  const points = betaPoints(opts.start.rows, opts.end.rows, years, opts.names);
  const x = points.map((p) => p.ln_y0);
  const line = olsLine(x, points.map((p) => p.growth), num(opts.summary.beta) ?? undefined);
  if (!line) return undefined;
  const ends = [Math.min(...x), Math.max(...x)].map((v) => ({ ln_y0: v, growth: line.intercept + line.slope * v }));
  const { speed, halfLife } = implied(line.slope, years, opts.summary);
  const xEnc = { field: 'ln_y0', type: 'quantitative', title: `ln GDP per person at step ${opts.start.step}`, scale: { zero: false } };
  const yEnc = { field: 'growth', type: 'quantitative', title: 'average annual growth (log points)', axis: { format: '.1~%' } };
  return {
    id: 'beta',
    spec: {
      title: { text: 'β-convergence across regions', subtitle: subtitle(line.slope, speed, halfLife) },
      width: 460,
      height: 300,
      layer: [
        { data: { values: ends }, mark: { type: 'line', color: '#cf222e', strokeWidth: 2 }, encoding: { x: xEnc, y: yEnc } },
        {
          data: { values: points },
          mark: { type: 'circle', size: 90, color: '#0969da', opacity: 0.85 },
          encoding: {
            x: xEnc,
            y: yEnc,
            tooltip: [
              { field: 'name', title: 'region' },
              { field: 'ln_y0', type: 'quantitative', format: '.3f', title: 'ln initial GDP per person' },
              { field: 'growth', type: 'quantitative', format: '.2%', title: 'average annual growth' },
            ],
          },
        },
        {
          data: { values: points.length <= 12 ? points : [] },
          mark: { type: 'text', dx: 8, align: 'left', fontSize: 11 },
          encoding: { x: xEnc, y: yEnc, text: { field: 'name' } },
        },
      ],
    },
  };
}
