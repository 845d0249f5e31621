import { describe, expect, it } from 'vitest';
import { NO_KEY } from './no-key.js';
import { commandForKey, type KeyContext, type KeyPress } from '../../src/dashboard/keys.js';
import { initialUiState, type UiState } from '../../src/dashboard/state.js';

const location = { file: 'src/a.ts', line: 3, column: 5, endLine: 3, endColumn: 9 };
const list: KeyContext = { ui: initialUiState, ready: true, count: 4, page: 10, target: { kind: 'event', name: 'A' }, location };

function command(input: string, pressed: Partial<KeyPress> = {}, context: Partial<KeyContext> = {}, ui: Partial<UiState> = {}) {
  return commandForKey(input, { ...NO_KEY, ...pressed }, { ...list, ...context, ui: { ...initialUiState, ...ui } });
}

describe('commandForKey', () => {
  it.each([
    ['k', {}, -1],
    ['', { upArrow: true }, -1],
    ['j', {}, 1],
    ['', { downArrow: true }, 1],
    ['', { pageDown: true }, 10],
    ['', { pageUp: true }, -10],
    ['g', {}, -Infinity],
    ['G', {}, Infinity],
    ['', { end: true }, Infinity],
  ] as const)('moves with %j %j by %d', (input, pressed, by) => {
    expect(command(input, pressed)).toEqual({ type: 'ui', action: { type: 'move', by, count: 4 } });
  });

  it('opens the target on Enter, and says so when a row has none', () => {
    expect(command('', { return: true })).toEqual({ type: 'ui', action: { type: 'open', target: { kind: 'event', name: 'A' } } });
    expect(command('', { return: true }, { target: undefined })).toEqual({
      type: 'ui',
      action: { type: 'notice', text: 'No event or call site to open here' },
    });
  });

  it('asks for the editor, the watch and the end', () => {
    expect(command('o')).toEqual({ type: 'edit', location });
    expect(command('o', {}, { location: undefined })).toEqual({ type: 'none' });
    expect(command('w')).toEqual({ type: 'toggle-watch' });
    expect(command('q')).toEqual({ type: 'quit' });
    expect(command('c', { ctrl: true }, {}, { filtering: true })).toEqual({ type: 'quit' });
  });

  it('in the filter, types what is printable, even q, and reads Enter, Esc and Backspace', () => {
    const filtering = { filtering: true };
    expect(command('q', {}, {}, filtering)).toEqual({ type: 'ui', action: { type: 'filter-type', text: 'q' } });
    expect(command('a\u0007b', {}, {}, filtering)).toEqual({ type: 'ui', action: { type: 'filter-type', text: 'ab' } });
    expect(command('', { return: true }, {}, filtering)).toEqual({ type: 'ui', action: { type: 'filter-end' } });
    expect(command('', { escape: true }, {}, filtering)).toEqual({ type: 'ui', action: { type: 'filter-clear' } });
    expect(command('', { delete: true }, {}, filtering)).toEqual({ type: 'ui', action: { type: 'filter-erase' } });
    expect(command('', { downArrow: true }, {}, filtering)).toEqual({ type: 'ui', action: { type: 'move', by: 1, count: 4 } });
    expect(command('j', {}, {}, filtering)).toEqual({ type: 'ui', action: { type: 'filter-type', text: 'j' } });
  });

  it('Esc goes back from a detail, else clears a kept filter, else does nothing', () => {
    const detail = { detail: { target: { kind: 'event', name: 'A' } as const, selected: 0 } };
    expect(command('', { escape: true }, {}, { ...detail, filter: 'x' })).toEqual({ type: 'ui', action: { type: 'back' } });
    expect(command('', { escape: true }, {}, { filter: 'x' })).toEqual({ type: 'ui', action: { type: 'filter-clear' } });
    expect(command('', { escape: true })).toEqual({ type: 'none' });
  });

  it('does not start a filter or open anything from a detail', () => {
    const detail = { detail: { target: { kind: 'event', name: 'A' } as const, selected: 0 } };
    expect(command('/', {}, {}, detail)).toEqual({ type: 'none' });
    expect(command('', { return: true }, {}, detail)).toEqual({ type: 'none' });
    expect(command('/')).toEqual({ type: 'ui', action: { type: 'filter-start' } });
  });

  it('with the help shown, only closes it or quits', () => {
    const help = { help: true };
    expect(command('j', {}, {}, help)).toEqual({ type: 'none' });
    expect(command('?', {}, {}, help)).toEqual({ type: 'ui', action: { type: 'toggle-help' } });
    expect(command('', { escape: true }, {}, help)).toEqual({ type: 'ui', action: { type: 'toggle-help' } });
    expect(command('q', {}, {}, help)).toEqual({ type: 'quit' });
  });

  it('moves nowhere in an empty list, and reads no list keys while not ready', () => {
    expect(command('j', {}, { count: 0 })).toEqual({ type: 'none' });
    expect(command('j', {}, { ready: false })).toEqual({ type: 'none' });
    expect(command('', { tab: true }, { ready: false })).toEqual({ type: 'none' });
    expect(command('q', {}, { ready: false })).toEqual({ type: 'quit' });
  });
});
