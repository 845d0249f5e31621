import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { formatUserError, UserError } from '../../errors.js';
import { loadProject } from '../../run.js';
import { watchProject } from '../../watch.js';
import type { ProjectOptions } from './check.js';

export interface DashboardCommandOptions extends ProjectOptions {
  watch: boolean;
  types?: boolean;
}

function openInEditor(root: string): (file: string, line: number, column: number) => void {
  return (file, line) => {
    const editor = process.env.VISUAL ?? process.env.EDITOR;
    if (!editor) throw new Error('set $EDITOR to open files');
    const [command = editor, ...args] = editor.split(/\s+/);
    spawnSync(command, [...args, `+${line}`, join(root, file)], { stdio: 'inherit' });
  };
}

/** The interactive dashboard: ink is loaded only here, and only on a terminal. */
export async function runDashboardCommand(options: DashboardCommandOptions): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    throw new UserError('the dashboard needs an interactive terminal', { hint: 'In CI or a pipe, run `trackplan check` (with --format json, sarif, markdown, …).' });
  }
  const project = loadProject(options);
  // ink renders only its last frame when CI is set; on a real terminal the dashboard must be live.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { runDashboard, createDashboardStore, createLineReader } = await import('../../dashboard/index.js');
  const lines = createLineReader(project.config.root);
  let watching = options.watch;
  const live = watchProject(
    { ...options, onProgress: (progress) => store.update({ progress }) },
    {
      onReport: (report, changed, elapsedMs) => {
        for (const file of changed) lines.forget(file);
        store.update({ report, progress: undefined, error: undefined, lastScanMs: Math.round(elapsedMs) });
      },
      onError: (error) => store.update({ error: error instanceof UserError ? formatUserError(error) : String(error), progress: undefined }),
    },
    project,
  );
  const store = createDashboardStore({
    readLine: lines.readLine,
    initial: { watching },
    onWatchingChange: (on) => {
      watching = on;
      if (on) live.start();
      else live.stop();
    },
  });
  setImmediate(() => {
    void live.refresh([]).then(() => {
      if (watching) live.start();
    });
  });
  try {
    return await runDashboard({ source: store.source, title: basename(project.config.root), openInEditor: openInEditor(project.config.root) });
  } finally {
    live.stop();
  }
}
