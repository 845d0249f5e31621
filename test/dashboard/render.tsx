import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import { Dashboard } from '../../src/dashboard/Dashboard.js';
import type { DashboardSource } from '../../src/dashboard/source.js';

export const KEY = {
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  up: '\u001b[A',
  down: '\u001b[B',
  pageDown: '\u001b[6~',
  backspace: '\u007f',
} as const;

type Instance = ReturnType<typeof render>;

/** Generous, for a slow shared machine; waits end as soon as the frame is there. */
export const WAIT = { timeout: 10_000, interval: 10 };

/** Lets ink read the key and React commit the update before the next one. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function resize(stdout: Instance['stdout'], columns: number, rows: number): void {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  stdout.emit('resize');
}

export async function renderDashboard(source: DashboardSource, size = { columns: 100, rows: 30 }) {
  const openInEditor = vi.fn<(file: string, line: number, column: number) => void>();
  const instance = render(<Dashboard source={source} title="notes-app" openInEditor={openInEditor} color={false} />);
  resize(instance.stdout, size.columns, size.rows);
  await vi.waitFor(() => {
    if (frameLines(instance).length !== Math.max(1, size.rows - 1)) throw new Error('not resized yet');
  }, WAIT);
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) {
      instance.stdin.write(key);
      await tick();
    }
  };
  const frame = (): string => instance.lastFrame() ?? '';
  /** Frames follow keys asynchronously: wait for the one that shows `text`. */
  const waitForText = (text: string): Promise<void> =>
    vi.waitFor(() => {
      if (!frame().includes(text)) throw new Error(`The frame does not show ${JSON.stringify(text)}:\n${frame()}`);
    }, WAIT);
  return { ...instance, openInEditor, press, frame, waitForText, screen: () => screenText(frame()) };
}

export function frameLines(instance: Pick<Instance, 'lastFrame'>): string[] {
  return (instance.lastFrame() ?? '').split('\n');
}

/** The frame without its border, each line trimmed at the end: what the user reads. */
export function screenText(frame: string): string {
  return frame
    .split('\n')
    .slice(1, -1)
    .map((line) => line.slice(2, -2).trimEnd())
    .join('\n');
}

/** The screen's lines above the rule that closes the body, without the empty lines at the end. */
export function bodyLines(screen: string): string[] {
  const lines = screen.split('\n').slice(0, -2);
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

export function footerLine(screen: string): string {
  return screen.split('\n').at(-1) ?? '';
}
