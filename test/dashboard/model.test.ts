import { describe, expect, it } from 'vitest';
import { coverageBar, coveragePercent } from '../../src/dashboard/coverage.js';
import { buildDetail } from '../../src/dashboard/detail.js';
import { displaySafe } from '../../src/dashboard/display-safe.js';
import { matchesFilter } from '../../src/dashboard/filter.js';
import { formatHints, hintsFor } from '../../src/dashboard/hints.js';
import { describeProperty } from '../../src/dashboard/describe-property.js';
import { dynamicRows, eventRows, kindCounts } from '../../src/dashboard/rows.js';
import { scrollOffset } from '../../src/dashboard/scroll.js';
import { initialUiState } from '../../src/dashboard/state.js';
import { findingTarget, focusOf, visibleLists } from '../../src/dashboard/view-model.js';
import { HOSTILE_EVENT, readSampleLine, sampleReport } from './sample-report.js';

describe('displaySafe', () => {
  it('shows control characters as escapes so they cannot drive the terminal, as the text report does', () => {
    expect(displaySafe(HOSTILE_EVENT)).toBe('\\x1b[31mEvil\\x1b[0m Clicked');
    expect(displaySafe('a\u009b2Jb\u0000c\u007f')).toBe('a\\x9b2Jb\\x00c\\x7f');
    expect(displaySafe('one\ntwo\r\u2028three')).toBe('one\\ntwo\\r\\u2028three');
  });

  it('hides no reordering: bidirectional overrides and marks are shown too', () => {
    expect(displaySafe('admin\u202Eexe.txt')).toBe('admin\\u202eexe.txt');
    expect(displaySafe('a\u200Fb')).toBe('a\\u200fb');
  });

  it('turns tabs into spaces and leaves other text alone', () => {
    expect(displaySafe('\tNote Créée ✓ 😀')).toBe(' Note Créée ✓ 😀');
  });
});

describe('rows', () => {
  it('lists every event with its call sites, findings and owners', () => {
    const rows = eventRows(sampleReport);
    expect(rows.map((row) => row.name)).toEqual(sampleReport.events.map((event) => event.name));
    expect(rows.find((row) => row.name === 'Note Created')).toEqual({
      kind: 'event',
      name: 'Note Created',
      status: 'implemented',
      sites: 3,
      findings: 2,
      owners: ['growth'],
    });
    expect(rows.find((row) => row.name === 'Workspace Upgraded')).toMatchObject({ sites: 0, findings: 1, owners: ['billing'] });
  });

  it('groups dynamic call sites, without the forward inside a wrapper', () => {
    expect(dynamicRows(sampleReport).map((row) => [row.callSite.file, row.callSite.line, row.findings])).toEqual([
      ['app/lib/flags.ts', 19, 1],
      ['app/notes/actions.ts', 22, 1],
    ]);
  });

  it('counts findings per kind in the kinds order, with the worst severity', () => {
    expect(kindCounts(sampleReport)).toEqual([
      { kind: 'unimplemented', count: 2, severity: 'error' },
      { kind: 'undeclared', count: 3, severity: 'error' },
      { kind: 'dynamic', count: 2, severity: 'error' },
      { kind: 'deprecated', count: 1, severity: 'warning' },
      { kind: 'property-missing', count: 1, severity: 'error' },
      { kind: 'property-undeclared', count: 1, severity: 'warning' },
      { kind: 'property-type', count: 1, severity: 'error' },
      { kind: 'parse-error', count: 1, severity: 'warning' },
    ]);
  });
});

describe('filter', () => {
  it('matches a part of any field, ignoring case and surrounding spaces', () => {
    expect(matchesFilter(' BILL', ['Invoice Paid', 'implemented', 'billing'])).toBe(true);
    expect(matchesFilter('note c', ['Note Created'])).toBe(true);
    expect(matchesFilter('note c', ['Note Pinned', 'undeclared'])).toBe(false);
    expect(matchesFilter('', [undefined])).toBe(true);
  });

  it('narrows events by name, status and owner, and findings by kind, event, file and message', () => {
    const byStatus = visibleLists(sampleReport, 'unimpl');
    expect(byStatus.rows.map((row) => (row.kind === 'event' ? row.name : row.callSite.file))).toEqual(['Export Scheduled', 'Workspace Upgraded']);
    expect(byStatus.findings.map((finding) => finding.event)).toEqual(['Workspace Upgraded', 'Export Scheduled']);
    expect(byStatus.totals).toEqual({ rows: 13, findings: 12 });
    expect(visibleLists(sampleReport, 'insights').rows.map((row) => row.kind === 'event' && row.name)).toEqual(['Export Scheduled']);
    expect(visibleLists(sampleReport, 'flags.ts').rows.map((row) => row.kind)).toEqual(['dynamic']);
  });
});

describe('detail', () => {
  it('puts each finding of an event under the call it belongs to, with the line of code', () => {
    const detail = buildDetail(sampleReport, { kind: 'event', name: 'Note Created' }, readSampleLine);
    expect(detail).toMatchObject({
      title: 'Note Created',
      status: 'implemented',
      description: 'A user created their first or any later note.',
      owners: ['growth'],
      questions: ['activation', 'retention'],
    });
    expect(detail?.properties?.map(describeProperty)).toEqual(['source string (web|ios|import)', 'template_id string required']);
    expect(
      detail?.entries.map((entry) => [entry.role, `${entry.location.file}:${entry.location.line}:${entry.location.column}`, entry.callee, entry.code, entry.findings.map((finding) => finding.kind)]),
    ).toEqual([
      ['call', 'app/import/run.ts:40:16', 'trackEvent', "trackEvent(NOTE_EVENTS.CREATED, { ...meta, source: 'import' })", []],
      ['call', 'app/notes/create.ts:14:21', 'analytics.track', 'analytics.track(NOTE_EVENTS.CREATED, {', ['property-undeclared']],
      ['call', 'app/notes/create.ts:27:21', 'analytics.track', "analytics.track(NOTE_EVENTS.CREATED, { source: 'import' });", ['property-missing']],
      ['plan', 'tracking-plan.yaml:8:3', undefined, 'Note Created:', []],
    ]);
  });

  it('shows an unimplemented event by its place in the plan, with its finding', () => {
    const detail = buildDetail(sampleReport, { kind: 'event', name: 'Workspace Upgraded' }, readSampleLine);
    expect(detail?.entries).toEqual([
      { role: 'plan', location: sampleReport.events.at(-1)?.location, code: 'Workspace Upgraded:', findings: [sampleReport.findings[10]] },
    ]);
  });

  it('describes a dynamic call by its pattern, reason and the events it may match', () => {
    const detail = buildDetail(sampleReport, { kind: 'call', file: 'app/notes/actions.ts', line: 22, column: 19 }, readSampleLine);
    expect(detail).toMatchObject({
      title: 'Note *',
      status: 'dynamic',
      reason: 'a template with expressions',
      mayMatch: ['Note Created', 'Note Shared With Team'],
    });
    expect(detail?.entries.map((entry) => [entry.code, entry.findings.length])).toEqual([['analytics.track(`Note ${action}`, { note_id: id });', 1]]);
  });

  it('is undefined for what the report no longer has', () => {
    expect(buildDetail(sampleReport, { kind: 'event', name: 'Gone' }, readSampleLine)).toBeUndefined();
    expect(buildDetail(sampleReport, { kind: 'call', file: 'x.ts', line: 1, column: 1 }, readSampleLine)).toBeUndefined();
  });
});

describe('focus', () => {
  it('gives Enter the event of a finding, the call of a dynamic one, and nothing for a parse error', () => {
    const [parseError] = sampleReport.findings.filter((finding) => finding.kind === 'parse-error');
    const [dynamic] = sampleReport.findings.filter((finding) => finding.kind === 'dynamic');
    expect(findingTarget(sampleReport, sampleReport.findings[0]!)).toEqual({ kind: 'event', name: 'Invoice Paid' });
    expect(findingTarget(sampleReport, dynamic!)).toEqual({ kind: 'call', file: 'app/lib/flags.ts', line: 19, column: 21 });
    expect(findingTarget(sampleReport, parseError!)).toBeUndefined();
  });

  it('opens in the editor an event row at its first call, or its plan entry when it has none', () => {
    const lists = visibleLists(sampleReport, 'upgraded');
    expect(focusOf(sampleReport, initialUiState, lists, undefined)).toMatchObject({
      count: 1,
      selected: 0,
      target: { kind: 'event', name: 'Workspace Upgraded' },
      location: { file: 'tracking-plan.yaml', line: 31, column: 3 },
    });
  });
});

describe('coverage', () => {
  it('floors as the reports do, never reading 100% or 0% unless it is', () => {
    expect(coveragePercent(20, 23)).toBe('86%');
    expect(coveragePercent(199, 200)).toBe('99%');
    expect(coveragePercent(1, 300)).toBe('<1%');
    expect(coveragePercent(0, 3)).toBe('0%');
    expect(coveragePercent(3, 3)).toBe('100%');
    expect(coveragePercent(0, 0)).toBe('—');
  });

  it('draws a bar of 20 cells, full only when complete', () => {
    expect(coverageBar(20, 23)).toEqual({ filled: '█'.repeat(17), empty: '░'.repeat(3) });
    expect(coverageBar(199, 200)).toEqual({ filled: '█'.repeat(19), empty: '░' });
    expect(coverageBar(0, 0)).toEqual({ filled: '', empty: '░'.repeat(20) });
  });
});

describe('scrollOffset', () => {
  it('keeps the window still while the selection is visible', () => {
    expect(scrollOffset(5, 8, 8, 10, 40)).toBe(5);
  });

  it('scrolls just enough to show the selection below or above', () => {
    expect(scrollOffset(5, 15, 15, 10, 40)).toBe(6);
    expect(scrollOffset(5, 3, 3, 10, 40)).toBe(3);
    expect(scrollOffset(0, 9, 11, 10, 40)).toBe(2);
  });

  it('shows the start of a selection taller than the window, and never scrolls past the end', () => {
    expect(scrollOffset(0, 4, 20, 10, 40)).toBe(4);
    expect(scrollOffset(35, 39, 39, 10, 40)).toBe(30);
    expect(scrollOffset(7, 0, 0, 10, 4)).toBe(0);
  });
});

describe('hints', () => {
  it('drops the least needed hints first, keeping help and quit', () => {
    expect(formatHints(hintsFor('events', 200))).toBe('↑↓ move  / filter  ⏎ open  tab findings  o open in editor  w watch  ? help  q quit');
    expect(formatHints(hintsFor('events', 56))).toBe('↑↓ move  / filter  ⏎ open  tab findings  ? help  q quit');
    expect(formatHints(hintsFor('events', 50))).toBe('↑↓ move  / filter  ⏎ open  ? help  q quit');
    expect(formatHints(hintsFor('events', 5))).toBe('? help  q quit');
    expect(formatHints(hintsFor('filter', 24))).toBe('⏎ keep  esc clear');
  });
});
