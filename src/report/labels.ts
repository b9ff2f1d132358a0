// Human names of the outcome columns (docs/outputs.md), for legends, titles and tables:
// those of src/metrics/catalogue.ts, shared with the CLI and the teaching page.
import { labelWithUnit, outcomeInfo } from '../metrics/index.ts';

/** The label of an outcome column; unknown names are shown as they are. */
export function outcomeLabel(name: string): string {
  return outcomeInfo(name).label;
}

/** The label with its unit, e.g. "GDP per person (yuan a year)". */
export function outcomeLabelWithUnit(name: string, money = 'yuan'): string {
  return labelWithUnit(name, money);
}
