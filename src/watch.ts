import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildReport, loadProject, withTypes, type CheckOptions, type Project } from './run.js';
import type { Report } from './report/types.js';
import { ProjectScanner } from './scan/scan.js';
import { toPosix } from './util/paths.js';

export interface WatchEvents {
  onReport(report: Report, changed: readonly string[], elapsedMs: number): void;
  onError(error: unknown): void;
}

export interface ProjectWatch {
  /** Files changed since the last report; an empty list re-reads the plan and config and rescans everything. */
  refresh(changed: readonly string[]): Promise<void>;
  start(): void;
  stop(): void;
}

const DEBOUNCE_MS = 25;

/**
 * Keeps a project's report up to date: a change to a source file re-parses only that file; a change
 * to the plan or config reloads them (and, for the config, rescans).
 */
/** `loaded`: the project as the caller already loaded it (to fail early on a bad plan), not read again for the first scan. */
export function watchProject(options: CheckOptions, events: WatchEvents, loaded?: Project): ProjectWatch {
  let project: Project | undefined = loaded;
  let scanner: ProjectScanner | undefined;
  let watchers: FSWatcher[] = [];
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const isFile = (file: string, absolute: string | undefined): boolean => project !== undefined && join(project.config.root, file) === absolute;
  const isPlan = (file: string): boolean => isFile(file, project?.config.planFile);
  const isConfig = (file: string): boolean => isFile(file, project?.config.configFile);

  let queue: Promise<void> = Promise.resolve();

  const run = async (changed: readonly string[]): Promise<void> => {
    const started = performance.now();
    try {
      const full = !project || !scanner || changed.length === 0 || changed.some(isConfig);
      const fresh = scanner === undefined && project !== undefined;
      if (!fresh && (full || changed.some(isPlan))) project = loadProject(options);
      if (!project) return;
      let scan;
      if (full || !scanner) {
        scanner = new ProjectScanner(project.config, { onProgress: options.onProgress });
        scan = await scanner.scanInSlices();
      } else {
        scan = scanner.update(changed.filter((file) => !isPlan(file)));
      }
      events.onReport(buildReport(project, withTypes(project, scan, options.types), options), changed, performance.now() - started);
    } catch (error) {
      events.onError(error);
    }
  };

  // One refresh at a time: a change that arrives during a scan waits for it.
  const refresh = (changed: readonly string[]): Promise<void> => (queue = queue.then(() => run(changed)));

  const flush = (): void => {
    timer = undefined;
    const changed = [...pending].sort();
    pending = new Set();
    void refresh(changed);
  };

  const start = (): void => {
    if (!project || watchers.length > 0) return;
    const root = project.config.root;
    const folders = new Set<string>([root, dirname(project.config.planFile)]);
    if (project.config.configFile) folders.add(dirname(project.config.configFile));
    for (const folder of listedFolders(scanner)) folders.add(join(root, folder));
    for (const folder of folders) {
      try {
        watchers.push(
          watch(folder, (_event, name) => {
            if (!name) return;
            const file = toPosix(relative(root, join(folder, name.toString())));
            if (file.startsWith('..') && !isPlan(file) && !isConfig(file)) return;
            pending.add(file);
            timer ??= setTimeout(flush, DEBOUNCE_MS);
          }),
        );
      } catch {
        // A folder removed since the listing has nothing left to watch.
      }
    }
  };

  const stop = (): void => {
    for (const watcher of watchers) watcher.close();
    watchers = [];
    if (timer) clearTimeout(timer);
    timer = undefined;
  };

  return { refresh, start, stop };
}

function listedFolders(scanner: ProjectScanner | undefined): string[] {
  return scanner ? [...new Set(scanner.listedFiles().map((file) => dirname(file)))] : [];
}
