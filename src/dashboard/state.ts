import type { Report, SourceLocation } from '../report/types.js';
import { buildDetail, type DetailTarget } from './detail.js';
import { commandForKey, type KeyPress } from './keys.js';
import { clampIndex, focusOf, visibleLists, type Focus } from './view-model.js';

export type ListView = 'events' | 'findings';

/** What a key asks of the world outside the state: carried out by the component, in order. */
export type Effect = { type: 'edit'; location: SourceLocation } | { type: 'toggle-watch' } | { type: 'quit' };

export interface UiState {
  view: ListView;
  selected: Record<ListView, number>;
  filter: string;
  filtering: boolean;
  detail?: { target: DetailTarget; selected: number };
  help: boolean;
  notice?: string;
  effects: readonly { id: number; effect: Effect }[];
  nextEffectId: number;
}

export type UiAction =
  /** `count` is the number of selectable items in the list that has the focus. */
  | { type: 'move'; by: number; count: number }
  | { type: 'filter-start' }
  | { type: 'filter-type'; text: string }
  | { type: 'filter-erase' }
  | { type: 'filter-end' }
  | { type: 'filter-clear' }
  | { type: 'open'; target: DetailTarget }
  | { type: 'back' }
  | { type: 'switch-view' }
  | { type: 'toggle-help' }
  | { type: 'notice'; text: string };

/** What the screen showed when a key was pressed. */
export interface Screen {
  report?: Report;
  /** A report is shown and the terminal is large enough. */
  ready: boolean;
  /** Lines a page key moves. */
  page: number;
}

export type DashboardAction =
  | UiAction
  /**
   * Keys are read here, against the state they follow, not in the component: keys that arrive in
   * one chunk (a paste, fast typing) are handled before React renders again.
   */
  | { type: 'key'; input: string; key: KeyPress; screen: Screen }
  | { type: 'effects-done'; through: number };

export const initialUiState: UiState = {
  view: 'events',
  selected: { events: 0, findings: 0 },
  filter: '',
  filtering: false,
  help: false,
  effects: [],
  nextEffectId: 1,
};

export function reduceUi(state: UiState, action: DashboardAction): UiState {
  if (action.type === 'key') return reduceKey(state, action.input, action.key, action.screen);
  if (action.type === 'effects-done') return { ...state, effects: state.effects.filter(({ id }) => id > action.through) };
  const next = reduce(state, action);
  return action.type === 'notice' || next.notice === undefined ? next : { ...next, notice: undefined };
}

function reduceKey(state: UiState, input: string, key: KeyPress, screen: Screen): UiState {
  const focus = screen.report ? focusFor(screen.report, state) : undefined;
  const command = commandForKey(input, key, {
    ui: state,
    ready: screen.ready,
    page: screen.page,
    count: focus?.count ?? 0,
    target: focus?.target,
    location: focus?.location,
  });
  switch (command.type) {
    case 'ui':
      return reduceUi(state, command.action);
    case 'none':
      return state;
    default:
      return {
        ...state,
        effects: [...state.effects, { id: state.nextEffectId, effect: command }],
        nextEffectId: state.nextEffectId + 1,
      };
  }
}

function focusFor(report: Report, state: UiState): Focus {
  const detail = state.detail && buildDetail(report, state.detail.target, () => undefined);
  return focusOf(report, state, visibleLists(report, state.filter), detail);
}

function reduce(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'move': {
      const from = state.detail ? state.detail.selected : state.selected[state.view];
      const to = clampIndex(clampIndex(from, action.count) + action.by, action.count);
      return state.detail ? { ...state, detail: { ...state.detail, selected: to } } : withSelection(state, to);
    }
    case 'filter-start':
      return { ...state, filtering: true };
    case 'filter-type':
      return withSelection({ ...state, filter: state.filter + action.text }, 0);
    case 'filter-erase':
      return withSelection({ ...state, filter: [...state.filter].slice(0, -1).join('') }, 0);
    case 'filter-end':
      return { ...state, filtering: false };
    case 'filter-clear':
      return withSelection({ ...state, filter: '', filtering: false }, 0);
    case 'open':
      return { ...state, filtering: false, detail: { target: action.target, selected: 0 } };
    case 'back':
      return { ...state, detail: undefined };
    case 'switch-view':
      return { ...state, detail: undefined, filtering: false, view: state.view === 'events' ? 'findings' : 'events' };
    case 'toggle-help':
      return { ...state, help: !state.help };
    case 'notice':
      return { ...state, notice: action.text };
  }
}

function withSelection(state: UiState, index: number): UiState {
  return { ...state, selected: { ...state.selected, [state.view]: index } };
}

