import { useEffect, useRef, type Dispatch, type RefObject } from 'react';
import type { SourceLocation } from '../report/types.js';
import type { DashboardAction, UiState } from './state.js';

/** The value of the latest render, for a callback that must not change with every render. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

interface EffectRunners {
  edit(location: SourceLocation): void;
  toggleWatch(): void;
  quit(): void;
}

/** Carries out, once each and in order, the effects the keys queued in the state. */
export function useEffects(effects: UiState['effects'], dispatch: Dispatch<DashboardAction>, runners: EffectRunners): void {
  const done = useRef(0);
  const latestRunners = useLatest(runners);
  useEffect(() => {
    const fresh = effects.filter(({ id }) => id > done.current);
    const last = fresh.at(-1);
    if (!last) return;
    done.current = last.id;
    dispatch({ type: 'effects-done', through: last.id });
    for (const { effect } of fresh) {
      if (effect.type === 'quit') {
        latestRunners.current.quit();
        return;
      }
      if (effect.type === 'edit') latestRunners.current.edit(effect.location);
      else latestRunners.current.toggleWatch();
    }
  }, [effects, dispatch, latestRunners]);
}
