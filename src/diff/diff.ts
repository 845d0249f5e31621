import type { CallSite } from '../extract/types.js';
import type { Plan, PlannedEvent, PropertySpec } from '../plan/types.js';
import type { ReportProperty, CoverageGroup, EventStatus, Finding, FindingKind, QuestionCoverage, ReportEvent, SeveritySetting, SourceLocation } from '../report/types.js';
import { compareCodeUnits, nearestName } from '../util/suggest.js';
import { locationIn } from './location.js';
import { namingFindings } from './naming.js';
import { namesMatchingPattern } from './patterns.js';
import { checkProperties } from './properties.js';

export type UnratedFinding = Omit<Finding, 'severity'> & { lowConfidence?: boolean };

export interface DiffInput {
  plan: Plan;
  callSites: readonly CallSite[];
  /** Findings the scan made itself (parse errors). */
  scanFindings: readonly UnratedFinding[];
  source?: string;
  severities: Record<FindingKind, SeveritySetting>;
}

export interface DiffResult {
  events: ReportEvent[];
  findings: Finding[];
  planned: number;
  implemented: number;
  undeclared: number;
  dynamic: number;
  coverage: number | null;
  questions: QuestionCoverage[];
  owners: CoverageGroup[];
}

function reportProperties(properties: Record<string, PropertySpec>): ReportProperty[] {
  return Object.values(properties)
    .map((spec) => {
      const property: ReportProperty = { name: spec.name, types: spec.types, required: spec.required };
      if (spec.description !== undefined) property.description = spec.description;
      if (spec.enum !== undefined) property.enum = spec.enum;
      return property;
    })
    .sort((a, b) => compareCodeUnits(a.name, b.name));
}

function ratio(implemented: number, planned: number): number | null {
  return planned === 0 ? null : Math.round((implemented / planned) * 10000) / 10000;
}

export function compareLocations(a: SourceLocation, b: SourceLocation): number {
  return compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocations(a, b) ||
    compareCodeUnits(a.kind, b.kind) ||
    compareCodeUnits(a.event ?? '', b.event ?? '') ||
    compareCodeUnits(a.property ?? '', b.property ?? '') ||
    compareCodeUnits(a.message, b.message)
  );
}

function isInScope(event: PlannedEvent, source: string | undefined): boolean {
  return event.sources === undefined || source === undefined || event.sources.includes(source);
}

function dynamicMessage(call: CallSite, mayMatch: string[]): string {
  if (call.name.kind !== 'dynamic') return '';
  const pattern = call.name.pattern !== undefined ? `; pattern "${call.name.pattern}"` : '';
  const matches = mayMatch.length > 0 ? ` (may match: ${mayMatch.join(', ')})` : '';
  return `event name is not statically known: ${call.name.reason}${pattern}${matches}`;
}

function deprecationMessage(event: PlannedEvent): string {
  return typeof event.deprecated === 'string' ? `"${event.name}" is deprecated: ${event.deprecated}` : `"${event.name}" is deprecated`;
}

/** Pure: the plan and the call sites in, statuses, findings and coverage out. */
export function diff(input: DiffInput): DiffResult {
  const { plan, source } = input;
  const planned = new Map(plan.events.map((event) => [event.name, event]));
  const plannedNames = plan.events.map((event) => event.name);
  const sitesByEvent = new Map<string, SourceLocation[]>();
  const unrated: UnratedFinding[] = [...input.scanFindings];
  let dynamicCount = 0;

  for (const call of input.callSites) {
    if (call.via === 'forward') continue;
    if (call.name.kind === 'dynamic') {
      dynamicCount++;
      const mayMatch = call.name.pattern !== undefined ? namesMatchingPattern(call.name.pattern, plannedNames) : [];
      const finding: UnratedFinding = { kind: 'dynamic', ...locationIn(call.file, call.position), reason: call.name.reason, message: dynamicMessage(call, mayMatch) };
      if (call.name.pattern !== undefined) finding.pattern = call.name.pattern;
      if (mayMatch.length > 0) finding.mayMatch = mayMatch;
      if (!call.analytics) finding.lowConfidence = true;
      unrated.push(finding);
      continue;
    }
    for (const name of call.name.names) {
      const sites = sitesByEvent.get(name) ?? [];
      sites.push(locationIn(call.file, call.position));
      sitesByEvent.set(name, sites);
      const event = planned.get(name);
      if (!event) {
        const suggestion = nearestName(name, plannedNames);
        const finding: UnratedFinding = {
          kind: 'undeclared',
          ...locationIn(call.file, call.position),
          event: name,
          message: `"${name}" is not in the tracking plan${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        };
        if (suggestion) finding.suggestion = suggestion;
        unrated.push(finding);
        continue;
      }
      if (event.deprecated !== undefined) unrated.push({ kind: 'deprecated', ...locationIn(call.file, call.position), event: name, message: deprecationMessage(event) });
      unrated.push(...checkProperties(call, event, plan.commonProperties));
    }
  }
  unrated.push(...namingFindings(input.callSites, plan));

  const statusOf = (event: PlannedEvent): EventStatus => {
    if (!isInScope(event, source)) return 'external';
    if (event.deprecated !== undefined) return 'deprecated';
    return sitesByEvent.has(event.name) ? 'implemented' : 'unimplemented';
  };
  const events: ReportEvent[] = plan.events.map((event) => {
    const reportEvent: ReportEvent = { name: event.name, status: statusOf(event), location: event.location, callSites: sitesByEvent.get(event.name) ?? [] };
    if (event.description !== undefined) reportEvent.description = event.description;
    if (event.owners.length > 0) reportEvent.owners = event.owners;
    const questions = plan.questions.filter((question) => question.events.includes(event.name)).map((question) => question.id);
    if (questions.length > 0) reportEvent.questions = questions;
    if (event.deprecated !== undefined) reportEvent.deprecated = event.deprecated;
    if (event.properties) reportEvent.properties = reportProperties(event.properties);
    return reportEvent;
  });
  const undeclaredNames = [...sitesByEvent.keys()].filter((name) => !planned.has(name));
  for (const name of undeclaredNames) events.push({ name, status: 'undeclared', callSites: sitesByEvent.get(name) ?? [] });
  for (const event of events) event.callSites.sort(compareLocations);
  events.sort((a, b) => compareCodeUnits(a.name, b.name));

  for (const event of events) {
    if (event.status !== 'unimplemented' || !event.location) continue;
    unrated.push({ kind: 'unimplemented', ...event.location, event: event.name, message: `"${event.name}" is planned but never sent` });
  }

  const countable = events.filter((event) => event.status === 'implemented' || event.status === 'unimplemented');
  const implemented = countable.filter((event) => event.status === 'implemented').length;
  const statusByName = new Map(events.map((event) => [event.name, event.status]));
  const group = (name: string, eventNames: readonly string[]): CoverageGroup => {
    const counted = eventNames.filter((eventName) => {
      const status = statusByName.get(eventName);
      return status === 'implemented' || status === 'unimplemented';
    });
    const done = counted.filter((eventName) => statusByName.get(eventName) === 'implemented');
    return { name, planned: counted.length, implemented: done.length, coverage: ratio(done.length, counted.length), missing: counted.filter((eventName) => !done.includes(eventName)) };
  };
  const questions: QuestionCoverage[] = plan.questions.map((question) => {
    const coverage = group(question.id, question.events);
    const result: QuestionCoverage = { ...coverage, metrics: question.metrics, answerable: coverage.planned > 0 && coverage.missing.length === 0 };
    if (question.question !== undefined) result.question = question.question;
    return result;
  });
  const ownerNames = [...new Set(plan.events.flatMap((event) => event.owners))].sort(compareCodeUnits);
  const owners = ownerNames.map((owner) => group(owner, plan.events.filter((event) => event.owners.includes(owner)).map((event) => event.name)));

  return {
    events,
    findings: rate(unrated, input.severities),
    planned: countable.length,
    implemented,
    undeclared: undeclaredNames.length,
    dynamic: dynamicCount,
    coverage: ratio(implemented, countable.length),
    questions,
    owners,
  };
}

/** Applies the configured severity per kind; a dynamic name from a callee not known to be analytics is only a warning. */
function rate(unrated: readonly UnratedFinding[], severities: Record<FindingKind, SeveritySetting>): Finding[] {
  const findings: Finding[] = [];
  for (const { lowConfidence, ...finding } of unrated) {
    const setting = severities[finding.kind];
    if (setting === 'off') continue;
    findings.push({ ...finding, severity: lowConfidence ? 'warning' : setting });
  }
  return findings.sort(compareFindings);
}
