// Self-contained HTML reports of results folders (docs/reports.md).
export { buildReport, renderReport, reportDoc, type ReportOptions } from './build.ts';
export { detectKind, REPORT_KINDS, type ReportKind } from './detect.ts';
export { escapeHtml } from './escape.ts';
export { InputError } from './errors.ts';
