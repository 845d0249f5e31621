import { describe, expect, it } from 'vitest';
import { NO_KEY } from './no-key.js';
import type { KeyPress } from '../../src/dashboard/keys.js';
import { initialUiState, reduceUi, type DashboardAction, type Screen, type UiState } from '../../src/dashboard/state.js';
import { sampleReport } from './sample-report.js';

const screen: Screen = { report: sampleReport, ready: true, page: 5 };

function key(input: string, pressed: Partial<KeyPress> = {}): DashboardAction {
  return { type: 'key', input, key: { ...NO_KEY, ...pressed }, screen };
}

function run(...actions: DashboardAction[]): UiState {
  return actions.reduce(reduceUi, initialUiState);
}

describe('reduceUi', () => {
  it('moves the selection within the list and stops at its ends', () => {
    expect(run({ type: 'move', by: 1, count: 3 }).selected.events).toBe(1);
    expect(run({ type: 'move', by: 5, count: 3 }).selected.events).toBe(2);
    expect(run({ type: 'move', by: -1, count: 3 }).selected.events).toBe(0);
    expect(run({ type: 'move', by: Infinity, count: 13 }).selected.events).toBe(12);
  });

  it('moves from the visible row when the list shrank under the selection', () => {
    const state = run({ type: 'move', by: 10, count: 13 }, { type: 'move', by: -1, count: 4 });
    expect(state.selected.events).toBe(2);
  });

  it('types, erases and clears a filter, starting the selection over each time', () => {
    let state = run({ type: 'move', by: 4, count: 13 }, { type: 'filter-start' }, { type: 'filter-type', text: 'bil' });
    expect(state).toMatchObject({ filter: 'bil', filtering: true, selected: { events: 0 } });
    state = reduceUi(state, { type: 'filter-erase' });
    expect(state.filter).toBe('bi');
    state = reduceUi(state, { type: 'filter-end' });
    expect(state).toMatchObject({ filter: 'bi', filtering: false });
    expect(reduceUi(state, { type: 'filter-clear' })).toMatchObject({ filter: '', filtering: false });
  });

  it('erases a whole character, not half of a surrogate pair', () => {
    expect(run({ type: 'filter-type', text: 'a😀' }, { type: 'filter-erase' }).filter).toBe('a');
  });

  it('opens a detail with its own selection and goes back to the same list', () => {
    const opened = run({ type: 'switch-view' }, { type: 'move', by: 2, count: 12 }, { type: 'open', target: { kind: 'event', name: 'Note Shared' } });
    expect(opened.detail).toEqual({ target: { kind: 'event', name: 'Note Shared' }, selected: 0 });
    const moved = reduceUi(opened, { type: 'move', by: 1, count: 2 });
    expect(moved.detail?.selected).toBe(1);
    expect(moved.selected.findings).toBe(2);
    const back = reduceUi(moved, { type: 'back' });
    expect(back.detail).toBeUndefined();
    expect(back.view).toBe('findings');
  });

  it('switching lists closes the detail and keeps each list its selection', () => {
    const state = run({ type: 'move', by: 3, count: 13 }, { type: 'open', target: { kind: 'event', name: 'Invoice Paid' } }, { type: 'switch-view' });
    expect(state).toMatchObject({ view: 'findings', detail: undefined, selected: { events: 3, findings: 0 } });
  });

  it('shows a notice until the next action', () => {
    const state = run({ type: 'notice', text: 'Opened a.ts:1:1' });
    expect(state.notice).toBe('Opened a.ts:1:1');
    expect(reduceUi(state, { type: 'move', by: 1, count: 2 }).notice).toBeUndefined();
  });

  describe('keys', () => {
    it('reads keys that arrive before a render against the state they follow', () => {
      const state = run(key('/'), key('q'), key('n'));
      expect(state).toMatchObject({ filtering: true, filter: 'qn', effects: [] });
    });

    it('opens the selected event: the first row of the filtered list', () => {
      const state = run(key('/'), key('note created'), key('', { return: true }), key('', { return: true }));
      expect(state.detail).toEqual({ target: { kind: 'event', name: 'Note Created' }, selected: 0 });
    });

    it('moves in a detail over its call sites and the plan entry', () => {
      const state = run(key('/'), key('note created'), key('', { return: true }), key('', { return: true }), key('G'));
      expect(state.detail?.selected).toBe(3);
    });

    it('queues effects in order with increasing ids, and drops those carried out', () => {
      const state = run(key('j'), key('o'), key('w'), key('q'));
      expect(state.effects).toEqual([
        { id: 1, effect: { type: 'edit', location: { file: 'app/signup/form.tsx', line: 31, column: 7, endLine: 31, endColumn: 17 } } },
        { id: 2, effect: { type: 'toggle-watch' } },
        { id: 3, effect: { type: 'quit' } },
      ]);
      expect(reduceUi(state, { type: 'effects-done', through: 2 }).effects).toEqual([{ id: 3, effect: { type: 'quit' } }]);
    });

    it('does nothing but quit, watch and help before the first report', () => {
      const waiting: Screen = { ready: false, page: 5 };
      const state = [key('j'), key('/'), key('', { tab: true })]
        .map((action) => ({ ...action, screen: waiting }))
        .reduce(reduceUi, initialUiState);
      expect(state).toEqual(initialUiState);
    });
  });
});
