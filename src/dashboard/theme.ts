import { createContext, useContext } from 'react';
import type { EventStatus, Severity } from '../report/types.js';

export type Tone = 'ok' | 'error' | 'warning' | 'muted' | 'accent';

/** A colour name for ink's `color` prop per tone, or none at all when colours are off. */
export type Palette = Record<Tone, string | undefined>;

const COLORS: Palette = { ok: 'green', error: 'red', warning: 'yellow', muted: 'gray', accent: 'cyan' };
const PLAIN: Palette = { ok: undefined, error: undefined, warning: undefined, muted: undefined, accent: undefined };

export const PaletteContext = createContext<Palette>(COLORS);

export function usePalette(): Palette {
  return useContext(PaletteContext);
}

export function paletteFor(color: boolean): Palette {
  return color ? COLORS : PLAIN;
}

/** https://no-color.org: a present, non-empty NO_COLOR turns colours off (chalk 5 itself ignores it). */
export function colorWanted(env: NodeJS.ProcessEnv): boolean {
  return !env['NO_COLOR'];
}

export const STATUS_TONE: Record<EventStatus | 'dynamic', Tone> = {
  implemented: 'ok',
  unimplemented: 'error',
  undeclared: 'error',
  deprecated: 'warning',
  external: 'muted',
  dynamic: 'warning',
};

export const SEVERITY_SYMBOL: Record<Severity, { symbol: string; tone: Tone }> = {
  error: { symbol: '✗', tone: 'error' },
  warning: { symbol: '!', tone: 'warning' },
};
