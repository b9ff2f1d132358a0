// The report of a sensitivity folder, from a hand-written sensitivity.csv: charts rank
// parameters, carry the intervals and the noise line, and draw without warnings.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, detectKind } from '../../src/report/index.ts';
import { drawInNode, extractSpecs, tempDir, type Spec } from './helpers.ts';

const HEADER = 'method,outcome,parameter,index,value,ci_low,ci_high';

function folder(method: 'sobol' | 'morris', lines: string[], manifest: Record<string, unknown>): string {
  const dir = join(tempDir(), method);
  mkdirSync(dir);
  writeFileSync(join(dir, 'sensitivity.csv'), [HEADER, ...lines].join('\n') + '\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ kind: 'sensitivity', scenario: 'toy', method, ...manifest }));
  return dir;
}

type Layer = { data: { values: Record<string, unknown>[] }; mark: { type: string }; encoding: Record<string, { sort?: string[] }> };
const layers = (spec: Spec) => spec.layer as Layer[];

describe('sensitivity report', () => {
  it('Sobol: bars of S1 and ST ranked by ST, intervals as rules, the noise share as a dashed line, S2 bars', async () => {
    const dir = folder('sobol', [
      'sobol,theil@20,a,S1,0.1,0.05,0.15', 'sobol,theil@20,b,S1,0.6,0.5,0.7',
      'sobol,theil@20,a,ST,0.2,0.1,0.3', 'sobol,theil@20,b,ST,0.7,0.6,0.8',
      'sobol,theil@20,a × b,S2,0.05,0,0.1',
      'sobol,theil@20,(seed noise),noise_share,0.04,0.02,0.2', 'sobol,theil@20,(seed noise),noise_sd,0.001,0.0005,0.003',
    ], { n: 64, keys: ['a', 'b'], ranges: [[0, 1], [1, 2]], seed: 1, reps: 5, outcomes: [{ outcome: 'theil@20', definition: 'theil at step 20' }] });
    expect(detectKind(dir)).toBe('sensitivity');
    const html = readFileSync(await buildReport(dir), 'utf8');
    const specs = extractSpecs(html);
    const bars = specs['sens-1-bars'];
    const [bar, rule, noise] = layers(bars);
    expect(bar.encoding.y.sort).toEqual(['b', 'a']);
    expect(bar.data.values.map((d) => [d.parameter, d.index, d.value])).toEqual([
      ['a', 'S1 (first order)', 0.1], ['b', 'S1 (first order)', 0.6], ['a', 'ST (total)', 0.2], ['b', 'ST (total)', 0.7],
    ]);
    expect(rule.mark.type).toBe('rule');
    expect(rule.data.values.find((d) => d.parameter === 'b' && d.index === 'ST (total)')).toMatchObject({ low: 0.6, high: 0.8 });
    expect(noise.data.values[0].value).toBe(0.04);
    expect(layers(specs['sens-1-s2'])[0].data.values[0]).toMatchObject({ parameter: 'a × b', value: 0.05 });
    expect(html).toContain('4% of the outcome');
    // Ranking table: ST with its rank; a = 0.2 is above the noise share 0.04.
    expect(html).toContain('<td>b</td><td class="num">0.7 (#1)</td>');
    expect(html).toContain('<td>a</td><td class="num">0.2 (#2)</td>');
    for (const spec of Object.values(specs)) expect((await drawInNode(spec)).warnings).toEqual([]);
  });

  it('Morris: μ* bars and the μ*–σ plane, noise threshold √2·sd/Δ', async () => {
    const dir = folder('morris', [
      'morris,beta,a,mu,-0.5,-0.6,-0.4', 'morris,beta,a,mu_star,0.5,0.4,0.6', 'morris,beta,a,sigma,0.1,0.05,0.2',
      'morris,beta,b,mu,0.1,-0.2,0.3', 'morris,beta,b,mu_star,0.9,0.7,1.1', 'morris,beta,b,sigma,1.2,0.8,1.5',
      'morris,beta,(seed noise),noise_share,0.1,0.05,0.5', 'morris,beta,(seed noise),noise_sd,0.01,0.005,0.03',
    ], { trajectories: 10, levels: 4, keys: ['a', 'b'], ranges: [[0, 1], [1, 2]], seed: 1, reps: 5 });
    const html = readFileSync(await buildReport(dir), 'utf8');
    const specs = extractSpecs(html);
    // √2 · 0.01 / (2/3) = 0.0212: both keys are above it.
    expect(html).toContain('<td>b</td><td class="num">0.9 (#1)</td>');
    expect(html).not.toContain('≈ noise</td>');
    expect(layers(specs['sens-1-bars'])[0].encoding.y.sort).toEqual(['b', 'a']);
    const plane = layers(specs['sens-1-plane']);
    expect(plane[1].data.values).toEqual([
      { parameter: 'b', mu_star: 0.9, sigma: 1.2, mu: 0.1 },
      { parameter: 'a', mu_star: 0.5, sigma: 0.1, mu: -0.5 },
    ]);
    // Δ = 4 / (2 · 3) = 2/3: √2 · 0.01 / (2/3) = 0.0212.
    expect(plane[3].data.values[0].mu_star as number).toBeCloseTo(0.0212132, 6);
    for (const spec of Object.values(specs)) expect((await drawInNode(spec)).warnings).toEqual([]);
  });
});
