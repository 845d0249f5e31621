import { dirname } from 'node:path';
import type { ProjectModules } from '../../src/resolve/loader.js';
import type { ImportTarget, ModuleContext, ModuleLoader } from '../../src/resolve/module.js';
import { fileStamp } from '../../src/util/file-stamp.js';
import type { Prefilter } from '../../src/scan/prefilter.js';
import { ImportGraph } from '../../src/resolve/import-graph.js';

/**
 * The project's parsed modules, shared by every linted file, started over when one of them changes
 * on disk: an editor keeps ESLint running for hours while constants files are edited.
 */
export class WatchedModules implements ModuleLoader {
  private modules: ProjectModules;
  private readonly stamps = new Map<string, string>();
  /** Resolutions by importing folder and specifier (the same imports recur in every file); an unresolved one is tried again. */
  private readonly targets = new Map<string, ImportTarget>();
  /** One per prefilter (the callees of a config): the same modules, read for different texts. */
  private readonly graphs = new Map<string, ImportGraph>();
  /** When a lint last asked for the modules. */
  private askedAt: number;

  constructor(
    private readonly create: () => ProjectModules,
    now: number,
    private readonly interval: number,
  ) {
    this.modules = create();
    this.askedAt = now;
  }

  resolveImport(from: ModuleContext, specifier: string): ImportTarget {
    const key = `${dirname(from.path)}\0${specifier}`;
    const known = this.targets.get(key);
    if (known) return known;
    const target = this.modules.resolveImport(from, specifier);
    if (target.kind === 'module' && !this.stamps.has(target.module.path)) this.stamps.set(target.module.path, fileStamp(target.module.path));
    if (target.kind !== 'unresolved') this.targets.set(key, target);
    return target;
  }

  importGraph(prefilter: Prefilter): ImportGraph {
    let graph = this.graphs.get(prefilter.key);
    if (!graph) {
      graph = new ImportGraph((from, specifier) => this.modules.resolveProjectFile(from, specifier), (text) => prefilter.test(text), fileStamp);
      this.graphs.set(prefilter.key, graph);
    }
    return graph;
  }

  /**
   * Looks at the modules' files when a lint comes after a pause of at least the interval: an editor
   * lints after each change, with pauses between; a batch run (`eslint .`) lints one file after
   * another, while nothing it reads changes, and would otherwise look at every module read so far
   * twice a second.
   */
  refresh(now: number): void {
    const paused = now - this.askedAt >= this.interval;
    this.askedAt = now;
    if (!paused) return;
    const changed = [...this.stamps].some(([path, stamp]) => fileStamp(path) !== stamp) || [...this.graphs.values()].some((graph) => graph.changed());
    if (!changed) return;
    this.modules = this.create();
    this.stamps.clear();
    this.targets.clear();
    this.graphs.clear();
  }
}
