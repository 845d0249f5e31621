export { check, buildReport, loadProject, type CheckOptions, type Project } from './run.js';
export { formatters, FORMAT_NAMES, type FormatName } from './report/formatters/index.js';
export { UserError } from './errors.js';
export type * from './report/types.js';
export type { Plan, PlannedEvent, PropertySpec } from './plan/types.js';
export type { CallSite, NameResolution, SentProperties } from './extract/types.js';
