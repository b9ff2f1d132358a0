// Writes the bundled scenarios (scenarios/*.json) from the data of ../shared/data and the
// policy settings below. Run: npx tsx scripts/build-scenarios.ts <data folder>
// The data folder is an argument because users' clones do not have ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { formatJson } from './format-json.ts';
import { policyScenarios, teachingScenarios } from './policy-scenarios.ts';
import { TEACHING_CHINA_2000, TEACHING_CHINA_2020 } from './teaching-texts.ts';

type Row = Record<string, string>;

const OUT_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

/** National urban share of the Fifth National Population Census (2000): 36.2%. */
const URBAN_SHARE_2000 = 0.362;

function readCsv(dataDir: string, file: string): Row[] {
  return parse(readFileSync(join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

const id = (iso: string) => iso.replace(/^CN-/, '');
const num = (row: Row, key: string) => {
  const v = Number(row[key]);
  if (!Number.isFinite(v)) throw new Error(`${key} of ${row.iso}: not a number (${row[key]})`);
  return v;
};

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
      `Coordinates: the provincial capitals. ${linkSentence(rows)}`,
    teaching: TEACHING_CHINA_2020,
    steps: 20,
    seed: 1,
    baseYear: 2020,
    regions,
    links: list,
  };
}

export function china2000(dataDir: string) {
  const { rows, links: list } = links(dataDir);
  const coords = new Map(readCsv(dataDir, 'china-provinces-2020.csv').map((r) => [r.iso, r]));
  const regions = readCsv(dataDir, 'china-provinces-2000.csv').map((r) => {
    const population = num(r, 'population_2000_10k') * 1e4;
    const where = coords.get(r.iso);
    if (!where) throw new Error(`${r.iso}: not in china-provinces-2020.csv`);
    return {
      id: id(r.iso),
      name: r.name,
      group: r.group,
      population,
      urbanShare: URBAN_SHARE_2000,
      gdpPerCapita: Math.round((num(r, 'gdp_2000_100m_yuan') * 1e8) / population),
      lon: num(where, 'lon'),
      lat: num(where, 'lat'),
    };
  });
  return {
    $schema: './schema.json',
    name: 'china-2000',
    description:
      'The 31 provincial-level units of mainland China in 2000, a base year for runs over 2000-2020. Population: year-end ' +
      'residents; GDP per person: nominal GDP divided by that population, in 2000 yuan (China Statistical Yearbook series). ' +
      'Urban share: the national figure of the Fifth National Population Census (2000), 36.2%, for every province, because ' +
      'the data holds no provincial figure. params.urbanRuralRatio keeps its default (the 2020 ratio, 2.56) for the same reason. ' +
      `Coordinates as china-2020. ${linkSentence(rows)}`,
    teaching: TEACHING_CHINA_2000,
    steps: 20,
    seed: 1,
    baseYear: 2000,
    regions,
    links: list,
  };
}

/** Every bundled scenario by file name. */
export function buildScenarios(dataDir: string): Record<string, object> {
  const china = china2020(dataDir);
  const linked = new Set(china.links.map((l) => [l.from, l.to].sort().join('-')));
  return {
    'china-2020': china,
    'china-2000': china2000(dataDir),
    ...policyScenarios(linked),
    ...teachingScenarios(),
  };
}

function main(): void {
  const dataDir = process.argv[2];
  if (!dataDir) {
    console.error('usage: npx tsx scripts/build-scenarios.ts <data folder, e.g. ../shared/data>');
    process.exit(2);
  }
  for (const [name, scenario] of Object.entries(buildScenarios(dataDir))) {
    writeFileSync(join(OUT_DIR, `${name}.json`), formatJson(scenario));
    console.log(`scenarios/${name}.json`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
