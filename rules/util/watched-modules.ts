import type { ProjectModules } from '../../src/resolve/loader.js';
import type { ImportTarget, ModuleContext, ModuleLoader } from '../../src/resolve/module.js';
import { fileStamp } from './file-stamp.js';

/**
 * The project's parsed modules, shared by every linted file, started over when one of them changes
 * on disk: an editor keeps ESLint running for hours while constants files are edited.
 */
export class WatchedModules implements ModuleLoader {
  private modules: ProjectModules;
  private readonly stamps = new Map<string, string>();
  private checkedAt: number;

  constructor(
    private readonly create: () => ProjectModules,
    now: number,
    private readonly interval: number,
  ) {
    this.modules = create();
    this.checkedAt = now;
  }

  resolveImport(from: ModuleContext, specifier: string): ImportTarget {
    const target = this.modules.resolveImport(from, specifier);
    if (target.kind === 'module' && !this.stamps.has(target.module.path)) this.stamps.set(target.module.path, fileStamp(target.module.path));
    return target;
  }

  /** Looks at the modules' files at most once per interval. */
  refresh(now: number): void {
    if (now - this.checkedAt < this.interval) return;
    this.checkedAt = now;
    for (const [path, stamp] of this.stamps) {
      if (fileStamp(path) === stamp) continue;
      this.modules = this.create();
      this.stamps.clear();
      return;
    }
  }
}
