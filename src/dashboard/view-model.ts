import type { Finding, Report, SourceLocation } from '../report/types.js';
import type { Detail, DetailTarget } from './detail.js';
import { findingFields, matchesFilter, rowFields } from './filter.js';
import { dynamicRows, eventRows, findingGroups, type FindingGroup, type ListRow } from './rows.js';
import type { UiState } from './state.js';

/** The lists as shown: narrowed by the filter; findings in their groups' order. */
export interface VisibleLists {
  rows: ListRow[];
  groups: FindingGroup[];
  findings: Finding[];
  /** Before the filter. */
  totals: { rows: number; findings: number };
}

export function visibleLists(report: Report, filter: string): VisibleLists {
  const allRows = [...eventRows(report), ...dynamicRows(report)];
  const rows = allRows.filter((row) => matchesFilter(filter, rowFields(row)));
  const groups = findingGroups(report)
    .map((group) => ({ kind: group.kind, findings: group.findings.filter((finding) => matchesFilter(filter, findingFields(finding))) }))
    .filter((group) => group.findings.length > 0);
  return {
    rows,
    groups,
    findings: groups.flatMap((group) => group.findings),
    totals: { rows: allRows.length, findings: report.findings.length },
  };
}

export function rowTarget(row: ListRow): DetailTarget {
  if (row.kind === 'event') return { kind: 'event', name: row.name };
  const { file, line, column } = row.callSite;
  return { kind: 'call', file, line, column };
}

/** An event row opens its first call site, or its place in the plan when it has none. */
export function rowLocation(report: Report, row: ListRow): SourceLocation | undefined {
  if (row.kind === 'dynamic') return row.callSite;
  const event = report.events.find((candidate) => candidate.name === row.name);
  return event?.callSites[0] ?? event?.location;
}

/** The event a finding is about, or the dynamic call it points at; none for a parse error. */
export function findingTarget(report: Report, finding: Finding): DetailTarget | undefined {
  if (finding.event !== undefined && report.events.some((event) => event.name === finding.event)) {
    return { kind: 'event', name: finding.event };
  }
  if (finding.kind === 'dynamic') return { kind: 'call', file: finding.file, line: finding.line, column: finding.column };
  return undefined;
}

/** The list that has the focus: how long it is, what is selected, and what Enter and `o` act on. */
export interface Focus {
  count: number;
  selected: number;
  target?: DetailTarget;
  location?: SourceLocation;
}

export function focusOf(report: Report, ui: UiState, lists: VisibleLists, detail: Detail | undefined): Focus {
  if (ui.detail) {
    const count = detail?.entries.length ?? 0;
    const selected = clampIndex(ui.detail.selected, count);
    return { count, selected, location: detail?.entries[selected]?.location };
  }
  if (ui.view === 'findings') {
    const count = lists.findings.length;
    const selected = clampIndex(ui.selected.findings, count);
    const finding = lists.findings[selected];
    return { count, selected, target: finding && findingTarget(report, finding), location: finding };
  }
  const count = lists.rows.length;
  const selected = clampIndex(ui.selected.events, count);
  const row = lists.rows[selected];
  return { count, selected, target: row && rowTarget(row), location: row && rowLocation(report, row) };
}

export function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}
