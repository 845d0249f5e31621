import type { Finding } from '../report/types.js';
import type { ListRow } from './rows.js';

/** The filter, ignoring case and surrounding spaces, occurs in one of the fields. */
export function matchesFilter(filter: string, fields: readonly (string | undefined)[]): boolean {
  const needle = filter.trim().toLowerCase();
  return needle === '' || fields.some((field) => field !== undefined && field.toLowerCase().includes(needle));
}

export function rowFields(row: ListRow): (string | undefined)[] {
  if (row.kind === 'event') return [row.name, row.status, ...row.owners];
  const { callSite } = row;
  return ['dynamic', callSite.pattern, callSite.reason, callSite.callee, callSite.file];
}

export function findingFields(finding: Finding): (string | undefined)[] {
  return [finding.kind, finding.severity, finding.event, finding.property, finding.message, finding.file];
}
