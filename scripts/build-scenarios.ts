// Writes the bundled scenarios (scenarios/*.json) from the data of ../shared/data and the
// policy settings below. Run: npx tsx scripts/build-scenarios.ts <data folder> [--urban-2000 FILE]
// The data folder is an argument because users' clones do not have ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { formatJson } from './format-json.ts';
import { policyScenarios, teachingScenarios } from './policy-scenarios.ts';
import { URBAN_SHARE_2000, estimateUrbanShares2000 } from './urban-2000.ts';
import { CHINA_FITTED_PARAMS } from './fitted-params.ts';
import { TEACHING_CHINA_2000, TEACHING_CHINA_2020 } from './teaching-texts.ts';

type Row = Record<string, string>;

const OUT_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));


function readCsv(dataDir: string, file: string): Row[] {
  return parse(readFileSync(join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

const id = (iso: string) => iso.replace(/^CN-/, '');
const num = (row: Row, key: string) => {
  const v = Number(row[key]);
  if (!Number.isFinite(v)) throw new Error(`${key} of ${row.iso}: not a number (${row[key]})`);
  return v;
};

const FITTED_SENTENCE =
  `Behavioural parameters (${Object.keys(CHINA_FITTED_PARAMS).join(', ')}): fitted by factorflow calibrate of china-2000 ` +
  'to the provinces in 2020 (scenarios/targets/china-2000-to-2020.json; docs/calibration.md).';

function links(dataDir: string) {
  const rows = readCsv(dataDir, 'china-province-links.csv');
  return { rows, links: rows.map((r) => ({ from: id(r.from), to: id(r.to) })) };
}

function linkSentence(rows: Row[]): string {
  const land = rows.filter((r) => r.kind === 'land').length;
  return `Links: the ${land} pairs of provinces that share a land border and Guangdong–Hainan across the Qiongzhou Strait; ` +
    'link costs are great-circle km between the provincial capitals, computed on load.';
}

export function china2020(dataDir: string) {
  const { rows, links: list } = links(dataDir);
  const regions = readCsv(dataDir, 'china-provinces-2020.csv').map((r) => ({
    id: id(r.iso),
    name: r.name,
    group: r.group,
    population: num(r, 'population_2020'),
    urbanShare: Math.round(num(r, 'urbanization_2020') * 10) / 1000,
    gdpPerCapita: Math.round((num(r, 'gdp_2020_100m_yuan') * 1e8) / num(r, 'population_2020')),
    lon: num(r, 'lon'),
    lat: num(r, 'lat'),
  }));
  return {
    $schema: './schema.json',
    name: 'china-2020',
    description:
      'The 31 provincial-level units of mainland China in 2020. Population (usual residents) and urban share: ' +
      'Seventh National Population Census (2020). GDP per person: nominal GDP of the China Statistical Yearbook 2021 ' +
      'divided by the census population, in yuan. Groups: the four official economic zones (east, central, west, northeast). ' +
      `Coordinates: the provincial capitals. ${linkSentence(rows)} ${FITTED_SENTENCE}`,
    teaching: TEACHING_CHINA_2020,
    steps: 20,
    seed: 1,
    baseYear: 2020,
    params: CHINA_FITTED_PARAMS,
    regions,
    links: list,
  };
}

/** Observed 2000 urban shares (CSV iso,urban_share_2000 in percent) replace the estimate when given. */
function observedUrban2000(file: string | undefined): Map<string, number> | undefined {
  if (!file) return undefined;
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
  return new Map(rows.map((r) => [r.iso, num(r, 'urban_share_2000') / 100]));
}

export function china2000(dataDir: string, urban2000File?: string) {
  const { rows, links: list } = links(dataDir);
  const coords = new Map(readCsv(dataDir, 'china-provinces-2020.csv').map((r) => [r.iso, r]));
  const data = readCsv(dataDir, 'china-provinces-2000.csv').map((r) => {
    const where = coords.get(r.iso);
    if (!where) throw new Error(`${r.iso}: not in china-provinces-2020.csv`);
    return { r, where, population: num(r, 'population_2000_10k') * 1e4 };
  });
  const estimate = estimateUrbanShares2000(data.map((d) => num(d.where, 'urbanization_2020') / 100), data.map((d) => d.population));
  const observed = observedUrban2000(urban2000File);
  const regions = data.map(({ r, where, population }, i) => ({
    id: id(r.iso),
    name: r.name,
    group: r.group,
    population,
    urbanShare: observed?.get(r.iso) ?? estimate.shares[i],
    gdpPerCapita: Math.round((num(r, 'gdp_2000_100m_yuan') * 1e8) / population),
    lon: num(where, 'lon'),
    lat: num(where, 'lat'),
  }));
  const urbanSentence = observed
    ? `Urban share: observed 2000 provincial shares from ${urban2000File}.`
    : `Urban share: an ESTIMATE, because the data holds no provincial figure for 2000: each province's 2020 census share shifted on the logit scale by one common amount (${estimate.shift.toFixed(3)}) so that the population-weighted national share is the Fifth National Population Census figure, ${(URBAN_SHARE_2000 * 100).toFixed(1)}% (scripts/urban-2000.ts; a scenario that gives its own regions overrides it).`;
  return {
    $schema: './schema.json',
    name: 'china-2000',
    description:
      'The 31 provincial-level units of mainland China in 2000, a base year for runs over 2000-2020. Population: year-end ' +
      'residents; GDP per person: nominal GDP divided by that population, in 2000 yuan (China Statistical Yearbook series). ' +
      `${urbanSentence} params.urbanRuralRatio keeps its default (the 2020 ratio, 2.56) for want of a provincial 2000 figure. ` +
      `Coordinates as china-2020. ${linkSentence(rows)} ${FITTED_SENTENCE}`,
    teaching: TEACHING_CHINA_2000,
    steps: 20,
    seed: 1,
    baseYear: 2000,
    params: CHINA_FITTED_PARAMS,
    regions,
    links: list,
  };
}

/** Every bundled scenario by file name. */
export function buildScenarios(dataDir: string, urban2000File?: string): Record<string, object> {
  const china = china2020(dataDir);
  const linked = new Set(china.links.map((l) => [l.from, l.to].sort().join('-')));
  return {
    'china-2020': china,
    'china-2000': china2000(dataDir, urban2000File),
    ...policyScenarios(linked),
    ...teachingScenarios(),
  };
}

function main(): void {
  const [dataDir, flag, urban2000File] = process.argv.slice(2);
  if (!dataDir || (flag !== undefined && (flag !== '--urban-2000' || !urban2000File))) {
    console.error('usage: npx tsx scripts/build-scenarios.ts <data folder, e.g. ../shared/data> [--urban-2000 <CSV iso,urban_share_2000>]');
    process.exit(2);
  }
  for (const [name, scenario] of Object.entries(buildScenarios(dataDir, urban2000File))) {
    writeFileSync(join(OUT_DIR, `${name}.json`), formatJson(scenario));
    console.log(`scenarios/${name}.json`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
