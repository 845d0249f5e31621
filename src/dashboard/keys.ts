import type { Key } from 'ink';
import type { SourceLocation } from '../report/types.js';
import type { DetailTarget } from './detail.js';
import type { Effect, UiAction, UiState } from './state.js';

export type KeyPress = Pick<
  Key,
  'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'backspace' | 'delete' | 'ctrl' | 'meta'
>;

/** What the focused screen offers to the keys. */
export interface KeyContext {
  ui: UiState;
  /** A report is shown and the terminal is large enough. */
  ready: boolean;
  count: number;
  page: number;
  /** What Enter opens. */
  target?: DetailTarget;
  /** What `o` opens in the editor. */
  location?: SourceLocation;
}

export type Command = { type: 'ui'; action: UiAction } | Effect | { type: 'none' };

const NONE: Command = { type: 'none' };
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A terminal may deliver several keys in one chunk (Enter pressed twice quickly arrives as "\r\r"),
 * which ink passes on as one unrecognised input: split such a chunk into its keys.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  if (input.length <= 1 || input.includes('\u001b') || key.ctrl || key.meta) return [[input, key]];
  return [...input].map((char) => [
    char === '\r' || char === '\t' || char === '\u007f' || char === '\b' ? '' : char,
    { ...key, return: char === '\r', tab: char === '\t', backspace: char === '\u007f' || char === '\b' },
  ]);
}

export function commandForKey(input: string, key: KeyPress, context: KeyContext): Command {
  const { ui, ready } = context;
  if ((key.ctrl && input === 'c') || (input === 'q' && !(ready && ui.filtering))) return { type: 'quit' };
  if (ui.help) return input === '?' || key.escape ? uiCommand({ type: 'toggle-help' }) : NONE;
  if (ready && ui.filtering) return filterCommand(input, key, context);
  if (input === '?') return uiCommand({ type: 'toggle-help' });
  if (input === 'w') return { type: 'toggle-watch' };
  if (!ready) return NONE;
  const by = movement(input, key, context.page);
  if (by !== undefined) return context.count > 0 ? uiCommand({ type: 'move', by, count: context.count }) : NONE;
  if (key.escape) return ui.detail ? uiCommand({ type: 'back' }) : ui.filter !== '' ? uiCommand({ type: 'filter-clear' }) : NONE;
  if (key.return && !ui.detail) {
    if (context.target) return uiCommand({ type: 'open', target: context.target });
    return context.count > 0 ? uiCommand({ type: 'notice', text: 'No event or call site to open here' }) : NONE;
  }
  if (key.tab) return uiCommand({ type: 'switch-view' });
  if (input === '/' && !ui.detail) return uiCommand({ type: 'filter-start' });
  if (input === 'o') return context.location ? { type: 'edit', location: context.location } : NONE;
  return NONE;
}

function filterCommand(input: string, key: KeyPress, context: KeyContext): Command {
  if (key.escape) return uiCommand({ type: 'filter-clear' });
  if (key.return) return uiCommand({ type: 'filter-end' });
  if (key.backspace || key.delete) return uiCommand({ type: 'filter-erase' });
  if (key.upArrow || key.downArrow) {
    return context.count > 0 ? uiCommand({ type: 'move', by: key.upArrow ? -1 : 1, count: context.count }) : NONE;
  }
  const text = key.ctrl || key.meta ? '' : input.replace(CONTROL, '');
  return text === '' ? NONE : uiCommand({ type: 'filter-type', text });
}

function movement(input: string, key: KeyPress, page: number): number | undefined {
  if (key.upArrow || input === 'k') return -1;
  if (key.downArrow || input === 'j') return 1;
  if (key.pageUp) return -page;
  if (key.pageDown) return page;
  if (key.home || input === 'g') return -Infinity;
  if (key.end || input === 'G') return Infinity;
  return undefined;
}

function uiCommand(action: UiAction): Command {
  return { type: 'ui', action };
}
