import { describe, expect, it, vi } from 'vitest';
import { createDashboardStore, createStaticSource } from '../../src/dashboard/source.js';
import { bodyLines, footerLine, KEY, renderDashboard, resize, tick, WAIT } from './render.js';
import { readSampleLine, sampleReport } from './sample-report.js';

const SUMMARY = [
  'trackplan · notes-app · tracking-plan.yaml                 1,204 files, 57 parsed · not watching',
  'Coverage █████████████░░░░░░░ 66% 4/6 planned events implemented',
  'Questions activation ✓  retention 2/3',
  'Owners    billing 1/2  growth 3/3  insights 0/1',
  '✗ 2 unimplemented  ✗ 3 undeclared  ✗ 2 dynamic  ! 1 deprecated  ✗ 1 property-missing',
  '! 1 property-undeclared  ✗ 1 property-type  ! 1 parse-error',
];
const COLUMNS = '  STATUS        EVENT                                        SITES FINDINGS OWNER';

function sampleDashboard(size?: { columns: number; rows: number }) {
  return renderDashboard(createStaticSource(sampleReport, readSampleLine), size);
}

describe('the first screen', () => {
  it('shows the coverage, the questions, the owners, the counts per kind and every event, dynamic calls last', async () => {
    const ui = await sampleDashboard();
    expect(bodyLines(ui.screen())).toEqual([
      ...SUMMARY,
      '── Events · 1/13 ───────────────────────────────────────────────────────────────────────────────',
      COLUMNS,
      '› undeclared    \\x1b[31mEvil\\x1b[0m Clicked                      1        1 —',
      '  implemented   Account Created                                  1        0 growth',
      '  external      App Installed                                    0        0 mobile',
      '  unimplemented Export Scheduled                                 0        1 insights',
      '  implemented   Invoice Paid                                     1        1 billing',
      '  deprecated    Legacy Signup                                    1        1 —',
      '  implemented   Note Created                                     3        2 growth',
      '  undeclared    Note Pinned                                      1        1 —',
      '  undeclared    Note Shared                                      1        1 —',
      '  implemented   Note Shared With Team                            1        0 growth',
      '  unimplemented Workspace Upgraded                               0        1 billing',
      '  Dynamic call sites (2)',
      "  dynamic       app/lib/flags.ts:19:21  (a function's resul…     1        1 —",
      '  dynamic       app/notes/actions.ts:22:19  "Note *"             1        1 —',
    ]);
    expect(footerLine(ui.screen())).toBe('↑↓ move  / filter  ⏎ open  tab findings  o open in editor  w watch  ? help  q quit');
  });

  it('fills the terminal but its last line, so that ink never clears the screen', async () => {
    const ui = await sampleDashboard({ columns: 100, rows: 30 });
    const lines = ui.frame().split('\n');
    expect(lines).toHaveLength(29);
    expect(lines[0]).toBe(`┌${'─'.repeat(98)}┐`);
    expect(lines.at(-1)).toBe(`└${'─'.repeat(98)}┘`);
  });

  it('never writes a control character that came from the code', async () => {
    const ui = await sampleDashboard();
    await ui.press(KEY.enter);
    await ui.waitForText('Call sites (1)');
    await ui.press(KEY.escape, KEY.tab);
    await ui.waitForText('Findings · 1/12');
    for (const frame of ui.frames) expect(frame).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('filtering', () => {
  it('narrows the list as one types, keeps it narrowed after Enter, and Esc clears it', async () => {
    const ui = await sampleDashboard();
    await ui.press('/', 'b', 'i', 'l', 'l');
    await ui.waitForText('/bill▏');
    expect(bodyLines(ui.screen()).slice(6)).toEqual([
      '── Events · 1/2 · filter "bill" (2 of 13) ──────────────────────────────────────────────────────',
      COLUMNS,
      '› implemented   Invoice Paid                                     1        1 billing',
      '  unimplemented Workspace Upgraded                               0        1 billing',
    ]);
    expect(footerLine(ui.screen())).toBe('/bill▏  ↑↓ move  ⏎ keep  esc clear');

    await ui.press(KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, 'impl');
    await ui.waitForText('filter "impl"');
    expect(bodyLines(ui.screen()).slice(8).map((line) => line.slice(16, 40).trim())).toEqual([
      'Account Created',
      'Export Scheduled',
      'Invoice Paid',
      'Note Created',
      'Note Shared With Team',
      'Workspace Upgraded',
    ]);

    await ui.press(KEY.enter);
    await ui.waitForText('tab findings');
    expect(ui.screen()).toContain('── Events · 1/6 · filter "impl" (6 of 13) ──');

    await ui.press(KEY.escape);
    await ui.waitForText('── Events · 1/13 ──');
    expect(bodyLines(ui.screen())).toHaveLength(SUMMARY.length + 2 + 14);
  });

  it('types a key that arrives with the slash in one go into the filter, instead of quitting', async () => {
    const ui = await sampleDashboard();
    ui.stdin.write('/');
    ui.stdin.write('q');
    await ui.waitForText('/q▏');
    expect(ui.screen()).toContain('No event matches the filter.');
  });
});

describe('the detail of an event', () => {
  it('opens with Enter + Enter after a filter: description, owners, questions, properties, call sites with code and findings', async () => {
    const ui = await sampleDashboard();
    await ui.press('/', 'note created', KEY.enter, KEY.enter);
    await ui.waitForText('Call sites (3)');
    expect(bodyLines(ui.screen())).toEqual([
      SUMMARY[0],
      'Note Created · implemented · owner growth · answers: activation, retention',
      'A user created their first or any later note.',
      'Properties: source string (web|ios|import) · template_id string required',
      '',
      'Call sites (3)',
      "› app/import/run.ts:40:16   trackEvent(NOTE_EVENTS.CREATED, { ...meta, source: 'import' })",
      '  app/notes/create.ts:14:21 analytics.track(NOTE_EVENTS.CREATED, {',
      '      ! 15:27 Note Created: "draft" is not a planned property',
      "  app/notes/create.ts:27:21 analytics.track(NOTE_EVENTS.CREATED, { source: 'import' });",
      '      ✗ 27:42 Note Created: required "template_id" is missing',
      'Plan',
      '  tracking-plan.yaml:8:3    Note Created:',
    ]);
    expect(footerLine(ui.screen())).toBe('↑↓ move  o open in editor  esc back  tab switch list  ? help  q quit');

    await ui.press(KEY.escape);
    await ui.waitForText('── Events · 1/1 · filter "note created" (1 of 13) ──');
  });

  it('shows an unimplemented event at its place in the plan', async () => {
    const ui = await sampleDashboard();
    await ui.press('/', 'upgraded', KEY.enter, KEY.enter);
    await ui.waitForText('Call sites: none');
    expect(bodyLines(ui.screen()).slice(1)).toEqual([
      'Workspace Upgraded · unimplemented · owner billing · answers: retention',
      '',
      'Call sites: none',
      'Plan',
      '› tracking-plan.yaml:31:3 Workspace Upgraded:',
      '      ✗ "Workspace Upgraded" is planned but never sent',
    ]);
  });

  it('shows a dynamic call with its reason, pattern and the events it may match', async () => {
    const ui = await sampleDashboard();
    await ui.press('G', KEY.enter);
    await ui.waitForText('Reason:');
    expect(bodyLines(ui.screen()).slice(1)).toEqual([
      'Note * · dynamic',
      'Reason: a template with expressions',
      'May match: Note Created, Note Shared With Team',
      '',
      'Call sites (1)',
      '› app/notes/actions.ts:22:19 analytics.track(`Note ${action}`, { note_id: id });',
      '      ✗ The event name is not known statically: a template with expressions',
    ]);
  });
});

describe('opening in the editor', () => {
  it('opens the selected call site of a detail at its exact position', async () => {
    const ui = await sampleDashboard();
    await ui.press('/', 'note created', KEY.enter, KEY.enter);
    await ui.waitForText('Call sites (3)');
    await ui.press(KEY.down, 'o');
    await vi.waitFor(() => expect(ui.openInEditor).toHaveBeenCalledTimes(1), WAIT);
    expect(ui.openInEditor).toHaveBeenCalledWith('app/notes/create.ts', 14, 21);
    await ui.waitForText('Opened app/notes/create.ts:14:21');
  });

  it('opens an event row at its first call site', async () => {
    const ui = await sampleDashboard();
    await ui.press('/', 'note created', KEY.enter, 'o');
    await vi.waitFor(() => expect(ui.openInEditor).toHaveBeenCalledWith('app/import/run.ts', 40, 16), WAIT);
  });

  it('shows what went wrong when the editor cannot be opened', async () => {
    const ui = await sampleDashboard();
    ui.openInEditor.mockImplementation(() => {
      throw new Error('Set $EDITOR to open files');
    });
    await ui.press('j', 'o');
    await ui.waitForText('Set $EDITOR to open files');
  });
});

describe('the findings view', () => {
  it('lists every finding grouped by kind; Enter opens its event, Esc returns to the findings', async () => {
    const ui = await sampleDashboard();
    await ui.press(KEY.tab);
    await ui.waitForText('Findings · 1/12');
    expect(bodyLines(ui.screen()).slice(6, 16)).toEqual([
      '── Findings · 1/12 ─────────────────────────────────────────────────────────────────────────────',
      '✗ 2 unimplemented',
      '› ✗ tracking-plan.yaml:31:3      "Workspace Upgraded" is planned but never sent',
      '  ✗ tracking-plan.yaml:58:3      "Export Scheduled" is planned but never sent',
      '✗ 3 undeclared',
      '  ✗ app/debug/panel.tsx:5:19     "\\x1b[31mEvil\\x1b[0m Clicked" is not in the plan',
      '  ✗ app/notes/editor.tsx:88:22   "Note Shared" is not in the plan; did you mean "Note Shared Wi…',
      '  ✗ app/notes/editor.tsx:102:22  "Note Pinned" is not in the plan',
      '✗ 2 dynamic',
      "  ✗ app/lib/flags.ts:19:21       The event name is not known statically: a function's result",
    ]);
    expect(footerLine(ui.screen())).toBe('↑↓ move  / filter  ⏎ event  tab events  o open in editor  w watch  ? help  q quit');

    await ui.press('j', 'j', 'j', 'o');
    await vi.waitFor(() => expect(ui.openInEditor).toHaveBeenCalledWith('app/notes/editor.tsx', 88, 22), WAIT);
    await ui.press(KEY.enter);
    await ui.waitForText('Note Shared · undeclared');
    await ui.press(KEY.escape);
    await ui.waitForText('Findings · 4/12');
    await ui.press(KEY.tab);
    await ui.waitForText('Events · 1/13');
  });

  it('scrolls to keep the selection visible and says when a finding has no event', async () => {
    const ui = await sampleDashboard();
    await ui.press(KEY.tab, 'G');
    await ui.waitForText('Findings · 12/12');
    expect(bodyLines(ui.screen()).at(-1)).toBe('› ! app/legacy/old.js:12:9       Unexpected token: expected ")"');
    expect(bodyLines(ui.screen())).not.toContain('✗ 2 unimplemented');
    await ui.press(KEY.enter);
    await ui.waitForText('No event or call site to open here');
  });
});

describe('scrolling', () => {
  it('windows a long list to the rows there are, keeping the selection visible', async () => {
    const ui = await sampleDashboard({ columns: 100, rows: 20 });
    const rows = () => bodyLines(ui.screen()).slice(SUMMARY.length + 2);
    expect(rows()).toHaveLength(7);
    expect(rows()[6]).toBe('  implemented   Note Created                                     3        2 growth');
    await ui.press(KEY.pageDown, KEY.pageDown);
    await ui.waitForText('Events · 13/13');
    expect(rows()).toEqual([
      '  undeclared    Note Pinned                                      1        1 —',
      '  undeclared    Note Shared                                      1        1 —',
      '  implemented   Note Shared With Team                            1        0 growth',
      '  unimplemented Workspace Upgraded                               0        1 billing',
      '  Dynamic call sites (2)',
      "  dynamic       app/lib/flags.ts:19:21  (a function's resul…     1        1 —",
      '› dynamic       app/notes/actions.ts:22:19  "Note *"             1        1 —',
    ]);
    await ui.press('k', 'k', 'k', 'k', 'k');
    await ui.waitForText('Events · 8/13');
    expect(rows()[0]).toBe('› undeclared    Note Pinned                                      1        1 —');
    await ui.press('k');
    await ui.waitForText('Events · 7/13');
    expect(rows().slice(0, 2)).toEqual([
      '› implemented   Note Created                                     3        2 growth',
      '  undeclared    Note Pinned                                      1        1 —',
    ]);
  });
});

describe('the terminal size', () => {
  it('asks for a larger terminal below 60×15, and comes back when it grows', async () => {
    const ui = await sampleDashboard({ columns: 40, rows: 30 });
    const words = () => ui.frame().replace(/\s+/g, ' ').trim();
    expect(words()).toBe('The terminal is 40×30; the dashboard needs at least 60×15. Enlarge the window, or press q to quit.');
    resize(ui.stdout, 80, 14);
    await ui.waitForText('The terminal is 80×14;');
    expect(ui.frame().split('\n')[0]).toBe('The terminal is 80×14; the dashboard needs at least 60×15.');
    resize(ui.stdout, 60, 15);
    await ui.waitForText('Coverage');
    expect(ui.frame().split('\n')).toHaveLength(14);
    expect(ui.frame().split('\n').every((line) => line.length === 60)).toBe(true);
  });
});

describe('before the first report', () => {
  it('shows the scan progress, then the report when it comes', async () => {
    const store = createDashboardStore({ initial: { progress: { done: 120, total: 1204, phase: 'scanning' } } });
    const ui = await renderDashboard(store.source);
    expect(bodyLines(ui.screen())).toEqual(['trackplan · notes-app                                                               not watching', 'Scanning files 120/1,204', '█░░░░░░░░░░░░░░░░░░░']);
    expect(footerLine(ui.screen())).toBe('w watch  ? help  q quit');
    store.update({ progress: { done: 1204, total: 1204, phase: 'scanning' } });
    await ui.waitForText('1,204/1,204');
    store.update({ report: sampleReport, progress: undefined, lastScanMs: 340 });
    await ui.waitForText('Coverage');
    expect(bodyLines(ui.screen())[0]).toBe('trackplan · notes-app · tracking-plan.yaml        1,204 files, 57 parsed · 0.34 s · not watching');
  });

  it('shows an error that stopped the scan', async () => {
    const store = createDashboardStore({ initial: { error: 'tracking-plan.yaml:3:5: unknown key "evnts"' } });
    const ui = await renderDashboard(store.source);
    expect(bodyLines(ui.screen())[1]).toBe('✗ tracking-plan.yaml:3:5: unknown key "evnts"');
  });

  it('keeps the last report when a later scan fails, and says why in the footer', async () => {
    const store = createDashboardStore({ initial: { report: sampleReport } });
    const ui = await renderDashboard(store.source);
    store.update({ error: 'tracking-plan.yaml:9:1: bad indentation' });
    await ui.waitForText('bad indentation');
    expect(footerLine(ui.screen())).toMatch(/^tracking-plan\.yaml:9:1: bad indentation {2}↑↓ move/);
    expect(ui.screen()).toContain('Coverage');
  });
});

describe('watching and help', () => {
  it('w switches watching on and off through the source', async () => {
    const onWatchingChange = vi.fn();
    const store = createDashboardStore({ initial: { report: sampleReport }, onWatchingChange });
    const ui = await renderDashboard(store.source);
    await ui.press('w');
    await ui.waitForText('· watching');
    await ui.press('w');
    await ui.waitForText('· not watching');
    expect(onWatchingChange.mock.calls).toEqual([[true], [false]]);
  });

  it('? shows the keys and closes again', async () => {
    const ui = await sampleDashboard();
    await ui.press('?');
    await ui.waitForText('Keys');
    expect(bodyLines(ui.screen())[2]).toBe('↑ ↓  j k   move; PgUp PgDn page, g G first and last');
    expect(footerLine(ui.screen())).toBe('esc close  q quit');
    await ui.press('j');
    await tick();
    await ui.press('?');
    await ui.waitForText('Events · 1/13');
  });
});

describe('live updates', () => {
  const location = { file: 'app/billing/upgrade.ts', line: 12, column: 19, endLine: 12, endColumn: 39 };
  const upgraded = {
    ...sampleReport,
    summary: { ...sampleReport.summary, implemented: 5, unimplemented: 1, coverage: 0.8333 },
    events: sampleReport.events.map((event) =>
      event.name === 'Workspace Upgraded' ? { ...event, status: 'implemented' as const, callSites: [location] } : event,
    ),
    findings: sampleReport.findings.filter((finding) => finding.event !== 'Workspace Upgraded'),
  };

  it('updates the screen in place when a scan brings a new report, keeping the selection', async () => {
    const store = createDashboardStore({ initial: { report: sampleReport } });
    const ui = await renderDashboard(store.source);
    await ui.press('G');
    await ui.waitForText('Events · 13/13');
    store.update({ report: upgraded, lastScanMs: 12 });
    await ui.waitForText('Coverage ████████████████░░░░ 83% 5/6 planned events implemented');
    expect(ui.screen()).toContain('  implemented   Workspace Upgraded                               1        0 billing');
    expect(ui.screen()).toContain('› dynamic       app/notes/actions.ts:22:19');
    expect(ui.screen()).toContain('0.01 s');
  });

  it('says so when the event of an open detail left the report', async () => {
    const store = createDashboardStore({ initial: { report: sampleReport } });
    const ui = await renderDashboard(store.source);
    await ui.press('/', 'upgraded', KEY.enter, KEY.enter);
    await ui.waitForText('Call sites: none');
    store.update({ report: { ...sampleReport, events: sampleReport.events.filter((event) => event.name !== 'Workspace Upgraded') } });
    await ui.waitForText('This is no longer in the report. Esc goes back.');
    await ui.press(KEY.escape);
    await ui.waitForText('No event matches the filter.');
  });
});
