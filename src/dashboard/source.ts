import type { Report } from '../report/types.js';
import type { ScanProgress } from '../scan/scan.js';

export type { ScanProgress };

export interface DashboardState {
  /** Undefined until the first scan finishes. */
  report?: Report;
  progress?: ScanProgress;
  watching: boolean;
  error?: string;
  lastScanMs?: number;
}

/** What the dashboard reads: a store shaped for React's useSyncExternalStore. */
export interface DashboardSource {
  getSnapshot(): DashboardState;
  subscribe(listener: () => void): () => void;
  setWatching(on: boolean): void;
  /** One line of a file relative to the report's root, for the detail view. */
  readLine(file: string, line: number): string | undefined;
}

export interface DashboardStore {
  source: DashboardSource;
  /** Replaces the given fields of the state and notifies the dashboard. */
  update(patch: Partial<DashboardState>): void;
}

export interface DashboardStoreOptions {
  initial?: Partial<DashboardState>;
  readLine?: (file: string, line: number) => string | undefined;
  onWatchingChange?: (on: boolean) => void;
}

export function createDashboardStore(options: DashboardStoreOptions = {}): DashboardStore {
  let state: DashboardState = { watching: false, ...options.initial };
  const listeners = new Set<() => void>();
  const update = (patch: Partial<DashboardState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  return {
    update,
    source: {
      getSnapshot: () => state,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      setWatching(on) {
        options.onWatchingChange?.(on);
        update({ watching: on });
      },
      readLine: (file, line) => options.readLine?.(file, line),
    },
  };
}

/** A finished report that never changes; `w` only records the wish to watch. */
export function createStaticSource(
  report: Report,
  readLine?: (file: string, line: number) => string | undefined,
): DashboardSource {
  return createDashboardStore({ initial: { report }, readLine }).source;
}
