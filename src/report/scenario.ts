// The parts of a resolved scenario.json the report shows. The file is written by the
// engine, but a report may be built from a hand-edited folder, so shapes are checked.
import { moneyUnit } from '../metrics/index.ts';
import { InputError } from './errors.ts';
import { readJsonObject } from './files.ts';

export interface RegionInfo {
  id: string;
  name: string;
  group: string;
  population: number | null;
  lon: number | null;
  lat: number | null;
  /** GDP per person the region is calibrated to, when the scenario gives it (yuan). */
  gdpPerCapita?: number;
}

export interface LinkInfo {
  from: string;
  to: string;
  cost: number | null;
}

export interface ScenarioInfo {
  name: string;
  description: string;
  steps: number | null;
  seed: number | null;
  params: Record<string, unknown>;
  policy: Record<string, unknown>;
  regions: RegionInfo[];
  links: LinkInfo[];
  schedule: unknown[];
  /** Money unit of the scenario's outcomes: yuan, or model units (src/metrics/catalogue.ts). */
  money: string;
  /** The whole file as read, for what needs more than the fields above (the schedule's levers over time). */
  raw: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

function list(file: string, raw: Json, field: string): Json[] {
  const v = raw[field];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new InputError(`${file}: field "${field}" must be a list`);
  return v.map(obj);
}

function region(file: string, r: Json, i: number): RegionInfo {
  if (typeof r.id !== 'string' || r.id === '') throw new InputError(`${file}: field "regions[${i}].id" must be a text id`);
  return {
    id: r.id,
    name: text(r.name, r.id),
    group: text(r.group, ''),
    population: numOrNull(r.population),
    lon: numOrNull(r.lon),
    lat: numOrNull(r.lat),
    ...(numOrNull(r.gdpPerCapita) !== null && { gdpPerCapita: r.gdpPerCapita as number }),
  };
}

/** Reads scenario.json of a run folder. */
export function readScenario(file: string): ScenarioInfo {
  const raw = readJsonObject(file);
  const regions = list(file, raw, 'regions').map((r, i) => region(file, r, i));
  return {
    name: text(raw.name, '(unnamed scenario)'),
    description: text(raw.description, ''),
    steps: numOrNull(raw.steps),
    seed: numOrNull(raw.seed),
    params: obj(raw.params),
    policy: obj(raw.policy),
    regions,
    links: list(file, raw, 'links').map((l) => ({ from: text(l.from, ''), to: text(l.to, ''), cost: numOrNull(l.cost) })),
    schedule: list(file, raw, 'schedule'),
    money: moneyUnit(regions),
    raw,
  };
}
