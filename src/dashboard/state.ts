import type { DetailTarget } from './detail.js';

export type ListView = 'events' | 'findings';

export interface UiState {
  view: ListView;
  selected: Record<ListView, number>;
  filter: string;
  filtering: boolean;
  detail?: { target: DetailTarget; selected: number };
  help: boolean;
  notice?: string;
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

export const initialUiState: UiState = {
  view: 'events',
  selected: { events: 0, findings: 0 },
  filter: '',
  filtering: false,
  help: false,
};

export function reduceUi(state: UiState, action: UiAction): UiState {
  const next = reduce(state, action);
  return action.type === 'notice' || next.notice === undefined ? next : { ...next, notice: undefined };
}

function reduce(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'move': {
      const from = state.detail ? state.detail.selected : state.selected[state.view];
      const to = clamp(clamp(from, action.count) + action.by, action.count);
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

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}
