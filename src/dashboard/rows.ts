import { FINDING_KINDS } from '../report/types.js';
import type { EventStatus, Finding, FindingKind, Report, ReportCallSite, Severity, SourceLocation } from '../report/types.js';

export interface EventRow {
  kind: 'event';
  name: string;
  status: EventStatus;
  sites: number;
  findings: number;
  owners: readonly string[];
}

export interface DynamicRow {
  kind: 'dynamic';
  callSite: ReportCallSite;
  findings: number;
}

export type ListRow = EventRow | DynamicRow;

export interface FindingGroup {
  kind: FindingKind;
  findings: Finding[];
}

export interface KindCount {
  kind: FindingKind;
  count: number;
  severity: Severity;
}

export function locationKey(location: Pick<SourceLocation, 'file' | 'line' | 'column'>): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** A forward (the call inside a wrapper) is never a finding, so it is not listed as dynamic. */
function dynamicCallSites(report: Report): ReportCallSite[] {
  return report.callSites.filter((callSite) => callSite.resolution === 'dynamic' && callSite.via !== 'forward');
}

export function eventRows(report: Report): EventRow[] {
  const findingsPerEvent = countBy(report.findings, (finding) => finding.event);
  return report.events.map((event) => ({
    kind: 'event',
    name: event.name,
    status: event.status,
    sites: event.callSites.length,
    findings: findingsPerEvent.get(event.name) ?? 0,
    owners: event.owners ?? [],
  }));
}

export function dynamicRows(report: Report): DynamicRow[] {
  const findingsPerLocation = countBy(report.findings, (finding) => (finding.event === undefined ? locationKey(finding) : undefined));
  return dynamicCallSites(report).map((callSite) => ({
    kind: 'dynamic',
    callSite,
    findings: findingsPerLocation.get(locationKey(callSite)) ?? 0,
  }));
}

export function findingGroups(report: Report): FindingGroup[] {
  return FINDING_KINDS.map((kind) => ({ kind, findings: report.findings.filter((finding) => finding.kind === kind) })).filter(
    (group) => group.findings.length > 0,
  );
}

export function kindCounts(report: Report): KindCount[] {
  return findingGroups(report).map(({ kind, findings }) => ({
    kind,
    count: findings.length,
    severity: findings.some((finding) => finding.severity === 'error') ? 'error' : 'warning',
  }));
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
