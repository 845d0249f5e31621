import type { ListView } from './state.js';

export interface Hint {
  key: string;
  label: string;
}

export type HintMode = ListView | 'detail' | 'filter' | 'help' | 'waiting';

const QUIT: Hint[] = [
  { key: '?', label: 'help' },
  { key: 'q', label: 'quit' },
];

const HINTS: Record<HintMode, Hint[]> = {
  events: [
    { key: '↑↓', label: 'move' },
    { key: '/', label: 'filter' },
    { key: '⏎', label: 'open' },
    { key: 'tab', label: 'findings' },
    { key: 'o', label: 'open in editor' },
    { key: 'w', label: 'watch' },
    ...QUIT,
  ],
  findings: [
    { key: '↑↓', label: 'move' },
    { key: '/', label: 'filter' },
    { key: '⏎', label: 'event' },
    { key: 'tab', label: 'events' },
    { key: 'o', label: 'open in editor' },
    { key: 'w', label: 'watch' },
    ...QUIT,
  ],
  detail: [
    { key: '↑↓', label: 'move' },
    { key: 'o', label: 'open in editor' },
    { key: 'esc', label: 'back' },
    { key: 'tab', label: 'switch list' },
    ...QUIT,
  ],
  filter: [
    { key: '↑↓', label: 'move' },
    { key: '⏎', label: 'keep' },
    { key: 'esc', label: 'clear' },
  ],
  help: [
    { key: 'esc', label: 'close' },
    { key: 'q', label: 'quit' },
  ],
  waiting: [{ key: 'w', label: 'watch' }, ...QUIT],
};

export function formatHints(hints: readonly Hint[]): string {
  return hints.map((hint) => `${hint.key} ${hint.label}`).join('  ');
}

/** The last two hints of every mode are always shown. */
const ESSENTIAL = 2;

/** The mode's hints that fit in `width`, dropping those just before the essential ones first. */
export function hintsFor(mode: HintMode, width: number): Hint[] {
  const hints = [...HINTS[mode]];
  while (formatHints(hints).length > width && hints.length > ESSENTIAL) hints.splice(hints.length - 1 - ESSENTIAL, 1);
  return hints;
}
