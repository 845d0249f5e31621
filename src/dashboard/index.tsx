import { render } from 'ink';
import { Dashboard } from './Dashboard.js';
import type { DashboardSource } from './source.js';
import { colorWanted } from './theme.js';

export { createDashboardStore, createStaticSource } from './source.js';
export type { DashboardSource, DashboardState, DashboardStore, ScanProgress } from './source.js';
export { createLineReader, type LineReader } from './line-reader.js';

export interface DashboardOptions {
  source: DashboardSource;
  /** Shown after "trackplan" in the header: the project's name. */
  title: string;
  openInEditor: (file: string, line: number, column: number) => void;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  /** Colours on or off; by default off when NO_COLOR is set. */
  color?: boolean;
}

/** Runs the dashboard until the user quits; resolves with the exit code. */
export async function runDashboard(options: DashboardOptions): Promise<number> {
  const instance = render(
    <Dashboard
      source={options.source}
      title={options.title}
      openInEditor={options.openInEditor}
      color={options.color ?? colorWanted(process.env)}
    />,
    {
      stdout: options.stdout ?? process.stdout,
      stdin: options.stdin ?? process.stdin,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  await instance.waitUntilExit();
  return 0;
}
