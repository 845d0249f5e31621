import type { EventStatus, Finding, Report, ReportEvent, SourceLocation } from '../report/types.js';
import type { ReportProperty } from '../report/types.js';
import { locationKey } from './rows.js';

export type DetailTarget =
  | { kind: 'event'; name: string }
  | { kind: 'call'; file: string; line: number; column: number };

export type EntryRole = 'call' | 'plan' | 'finding';

export interface DetailEntry {
  role: EntryRole;
  location: SourceLocation;
  callee?: string;
  code?: string;
  findings: Finding[];
}

export interface Detail {
  title: string;
  status: EventStatus | 'dynamic';
  description?: string;
  owners: readonly string[];
  questions: readonly string[];
  deprecated?: string | true;
  properties?: ReportProperty[];
  pattern?: string;
  reason?: string;
  mayMatch?: readonly string[];
  entries: DetailEntry[];
}

type ReadLine = (file: string, line: number) => string | undefined;

export function buildDetail(report: Report, target: DetailTarget, readLine: ReadLine): Detail | undefined {
  if (target.kind === 'event') {
    const event = report.events.find((candidate) => candidate.name === target.name);
    return event && eventDetail(report, event, readLine);
  }
  return callDetail(report, target, readLine);
}

function eventDetail(report: Report, event: ReportEvent, readLine: ReadLine): Detail {
  const callees = new Map(report.callSites.map((callSite) => [locationKey(callSite), callSite.callee]));
  const calls: DetailEntry[] = event.callSites.map((location) => ({
    role: 'call',
    location,
    callee: callees.get(locationKey(location)),
    code: codeAt(location, readLine),
    findings: [],
  }));
  const plan: DetailEntry | undefined = event.location && {
    role: 'plan',
    location: event.location,
    code: codeAt(event.location, readLine),
    findings: [],
  };
  const strays: DetailEntry[] = [];
  for (const finding of report.findings.filter((candidate) => candidate.event === event.name)) {
    const owner = callBefore(calls, finding) ?? (plan && plan.location.file === finding.file ? plan : undefined);
    if (owner) owner.findings.push(finding);
    else strays.push({ role: 'finding', location: finding, code: codeAt(finding, readLine), findings: [finding] });
  }
  return {
    title: event.name,
    status: event.status,
    description: event.description,
    owners: event.owners ?? [],
    questions: event.questions ?? [],
    deprecated: event.deprecated,
    properties: event.properties,
    entries: [...calls, ...strays, ...(plan ? [plan] : [])],
  };
}

/** A property finding points after its call's name, so it belongs to the nearest call before it. */
function callBefore(calls: DetailEntry[], finding: Finding): DetailEntry | undefined {
  let owner: DetailEntry | undefined;
  for (const call of calls) {
    const { location } = call;
    const before = location.line < finding.line || (location.line === finding.line && location.column <= finding.column);
    if (location.file === finding.file && before && (!owner || isAfter(location, owner.location))) owner = call;
  }
  return owner;
}

function isAfter(a: SourceLocation, b: SourceLocation): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}

function callDetail(report: Report, target: Extract<DetailTarget, { kind: 'call' }>, readLine: ReadLine): Detail | undefined {
  const key = locationKey(target);
  const callSite = report.callSites.find((candidate) => locationKey(candidate) === key);
  if (!callSite) return undefined;
  const findings = report.findings.filter((finding) => locationKey(finding) === key);
  return {
    title: callSite.pattern ?? callSite.callee,
    status: 'dynamic',
    owners: [],
    questions: [],
    pattern: callSite.pattern,
    reason: callSite.reason,
    mayMatch: findings.find((finding) => finding.mayMatch)?.mayMatch,
    entries: [{ role: 'call', location: callSite, callee: callSite.callee, code: codeAt(callSite, readLine), findings }],
  };
}

function codeAt(location: SourceLocation, readLine: ReadLine): string | undefined {
  return readLine(location.file, location.line)?.trim();
}
