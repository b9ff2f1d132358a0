// A targets file (scenarios/targets/schema.json): observed moments with weights, read and
// checked like a scenario file (schema through ajv, then names against the scenario);
// every mistake is one line naming the file and the field, exit code 2.
import { readFileSync } from 'node:fs';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import schemaJson from '../../../scenarios/targets/schema.json' with { type: 'json' };
import { NATIONAL_COLUMNS } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { didYouMean } from '../../scenario/suggest.ts';
import { InputError } from '../errors.ts';

export const REGION_MEASURES = ['gdp_pc_relative', 'log_gdp_pc_relative', 'population_share', 'urban_share'] as const;
export type RegionMeasure = (typeof REGION_MEASURES)[number];
export const TARGET_FIGURES = ['beta', 'speed', 'sigma_end', 'sigma_change'] as const;
export type TargetFigure = (typeof TARGET_FIGURES)[number];

export interface NationalTarget { column: string; step: number; value: number; weight: number; note?: string }
export interface FigureTarget { figure: TargetFigure; value: number; weight: number; note?: string }
export interface RegionTarget { measure: RegionMeasure; step: number; weight: number; values: Record<string, number>; note?: string }

export interface Targets {
  name: string;
  description?: string;
  national?: NationalTarget[];
  figures?: FigureTarget[];
  regions?: RegionTarget[];
}

/** One moment: what it is, where in the targets file it comes from, its observed value and weight. */
export interface Moment {
  /** A stable name, also the column of evaluations.csv: `cv_gdp_pc@20`, `urban_share.BJ@20`, `speed`. */
  id: string;
  kind: 'national' | 'figure' | 'region';
  /** national column, figure or region measure. */
  name: string;
  step?: number;
  region?: string;
  observed: number;
  weight: number;
  /** The field of the targets file, for messages. */
  field: string;
}

const Ajv = AjvModule.default;
const validate: ValidateFunction = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(schemaJson);

/** `/regions/0/values/BJ` → `regions[0].values.BJ`. */
function fieldOf(pointer: string): string {
  return pointer.slice(1).split('/').filter(Boolean)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : `${i > 0 ? '.' : ''}${s.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('');
}

function schemaMessage(file: string, e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  let field = fieldOf(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const extra = String(params.additionalProperty);
    return `${file}: field "${field ? `${field}.` : ''}${extra}": unknown field`;
  }
  if (e.keyword === 'required') field = `${field ? `${field}.` : ''}${String(params.missingProperty)}`;
  if (e.keyword === 'anyOf' && field === '') return `${file}: give at least one of the fields "national", "figures" or "regions"`;
  const message = e.keyword === 'enum' ? `must be one of ${(params.allowedValues as unknown[]).join(', ')}` : e.message ?? 'is invalid';
  return `${file}: field "${field || '(top level)'}": ${e.keyword === 'required' ? 'is missing' : message}`;
}

/** Reads and checks a targets file against the schema. @throws InputError */
export function readTargets(file: string): Targets {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InputError(`${file}: ${e.code === 'ENOENT' ? 'no such file' : `not valid JSON (${e.message})`}`);
  }
  if (!validate(value)) {
    // The most specific error first: anyOf/type errors of a parent repeat a child's.
    const all = validate.errors ?? [];
    // anyOf at the top fails only when none of its alternatives is there: one message says so.
    const errors = all.some((e) => e.keyword === 'anyOf' && e.instancePath === '') && all.every((e) => e.instancePath === '')
      ? all.filter((e) => e.keyword === 'anyOf')
      : [...all].filter((e) => e.keyword !== 'anyOf').sort((a, b) => b.instancePath.length - a.instancePath.length);
    throw new InputError(errors.slice(0, 3).map((e) => schemaMessage(file, e)).filter((m, i, all) => all.indexOf(m) === i).join('\n'));
  }
  return value as Targets;
}

const stepCheck = (file: string, field: string, step: number, scenario: Scenario): void => {
  if (step > scenario.steps) throw new InputError(`${file}: field "${field}.step": step ${step} is after the last step of ${scenario.name} (${scenario.steps})`);
};

/** The moments of `targets` for `scenario`, in file order; names are checked against it. */
export function momentsOf(file: string, targets: Targets, scenario: Scenario): Moment[] {
  const moments: Moment[] = [];
  const ids = scenario.regions.map((r) => r.id);
  (targets.national ?? []).forEach((t, i) => {
    const field = `national[${i}]`;
    if (!(NATIONAL_COLUMNS as readonly string[]).includes(t.column) || t.column === 'step') {
      throw new InputError(`${file}: field "${field}.column": "${t.column}" is not a column of national.csv${didYouMean(t.column, [...NATIONAL_COLUMNS])}`);
    }
    stepCheck(file, field, t.step, scenario);
    moments.push({ id: `${t.column}@${t.step}`, kind: 'national', name: t.column, step: t.step, observed: t.value, weight: t.weight, field });
  });
  (targets.figures ?? []).forEach((t, i) => {
    moments.push({ id: t.figure, kind: 'figure', name: t.figure, observed: t.value, weight: t.weight, field: `figures[${i}]` });
  });
  (targets.regions ?? []).forEach((t, i) => {
    const field = `regions[${i}]`;
    stepCheck(file, field, t.step, scenario);
    for (const [region, observed] of Object.entries(t.values)) {
      if (!ids.includes(region)) {
        throw new InputError(`${file}: field "${field}.values.${region}": no region "${region}" in scenario ${scenario.name}${didYouMean(region, ids)}`);
      }
      moments.push({ id: `${t.measure}.${region}@${t.step}`, kind: 'region', name: t.measure, step: t.step, region, observed, weight: t.weight, field: `${field}.values.${region}` });
    }
  });
  const twice = moments.find((m, i) => moments.findIndex((o) => o.id === m.id) !== i);
  if (twice) throw new InputError(`${file}: field "${twice.field}": the moment ${twice.id} is given twice`);
  return moments;
}
