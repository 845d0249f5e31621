import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, PLAN_FILE_NAMES } from '../../src/config/defaults.js';
import { findConfig, findPlan } from '../../src/config/find.js';
import { resolveConfig } from '../../src/config/load.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { UserError } from '../../src/errors.js';
import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/types.js';
import { ProjectModules } from '../../src/resolve/loader.js';
import { generatedClientTest } from '../../src/scan/generated.js';
import { Prefilter } from '../../src/scan/prefilter.js';
import { fileStamp } from '../../src/util/file-stamp.js';
import { listableMatcher } from '../../src/util/globs.js';
import { toPosix } from '../../src/util/paths.js';
import { oneLineMessage } from './user-error.js';
import { WatchedModules } from './watched-modules.js';

/** How long a looked-up config, plan or module is trusted before its file is looked at again. */
export const RECHECK_INTERVAL_MS = 500;

export interface Project {
  config: ResolvedConfig & { planFile: string };
  plan: Plan;
  /** Where the config lives (else ESLint's working directory when the settings name the plan, else the plan's folder). */
  root: string;
  modules: WatchedModules;
  isGenerated(path: string, text: string): boolean;
  /** The CLI's test of a file's text: can it spell a call of a configured callee? */
  prefilter: Prefilter;
  /** Whether the CLI scans this file: the config's `include` and `exclude`, relative to the root. */
  covers(path: string): boolean;
}

export type ProjectLookup = { kind: 'none' } | { kind: 'broken'; message: string } | { kind: 'ready'; project: Project };

/** What a folder's config gives, before the plan is loaded. */
type ProjectSetup = Omit<Project, 'plan' | 'modules'>;

type ConfigLookup = { kind: 'none' } | { kind: 'broken'; message: string } | { kind: 'config'; setup: ProjectSetup };

interface Checked<T> {
  value: T;
  checkedAt: number;
}

/** Relative to the working directory when the plan lies inside it, as the CLI shows paths. */
function shownPath(cwd: string, path: string): string {
  const relativePath = relative(cwd, path);
  return relativePath.startsWith('..') || isAbsolute(relativePath) ? toPosix(path) : toPosix(relativePath);
}

function projectRoot(config: ResolvedConfig & { planFile: string }, cwd: string, planSetting: string | undefined): string {
  if (config.configFile) return dirname(config.configFile);
  return planSetting !== undefined ? resolve(cwd) : dirname(config.planFile);
}

function coverage(config: ResolvedConfig, root: string): (path: string) => boolean {
  const isListable = listableMatcher(config.include, config.exclude);
  return (path) => {
    const file = relative(root, path);
    return file.startsWith('..') || isAbsolute(file) || isListable(toPosix(file));
  };
}

/** Whether a folder can change what the resolver finds: a config, a plan, a package.json, or the repository's root. */
function holdsProjectFiles(dir: string): boolean {
  return [...CONFIG_FILE_NAMES, ...PLAN_FILE_NAMES, 'package.json', '.git'].some((name) => existsSync(join(dir, name)));
}

/** A found config is kept while its file stays the same; a folder without one is not searched again. */
function configStamp(lookup: ConfigLookup): string {
  const configFile = lookup.kind === 'config' ? lookup.setup.config.configFile : undefined;
  return configFile === undefined ? 'none' : fileStamp(configFile);
}

/**
 * Config, plan and parsed modules for the files ESLint lints, found by the CLI's resolver, loaded
 * once per process and looked at again on disk at most once per interval.
 */
export class ProjectRegistry {
  private readonly configs = new Map<string, Checked<{ lookup: ConfigLookup; stamp: string }>>();
  private readonly plans = new Map<string, Checked<{ stamp: string; plan: Plan | UserError }>>();
  private readonly modules = new Map<string, WatchedModules>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly interval = RECHECK_INTERVAL_MS,
  ) {}

  /** The project of a linted file; `none` when no plan is found for it, so that the rules stay quiet. */
  lookup(file: string, cwd: string, planSetting: string | undefined): ProjectLookup {
    const path = resolve(cwd, file);
    const found = this.configFor(dirname(path), cwd, planSetting);
    if (found.kind !== 'config') return found;
    const { setup } = found;
    const plan = this.planAt(setup.config.planFile, cwd);
    if (plan instanceof UserError) return { kind: 'broken', message: oneLineMessage(plan) };
    return { kind: 'ready', project: { ...setup, plan, modules: this.modulesFor(setup) } };
  }

  /**
   * A folder's config, looked up once (a folder without project files shares its parent's); after
   * each interval it is kept while its config file stays the same.
   */
  private configFor(dir: string, cwd: string, planSetting: string | undefined): ConfigLookup {
    const key = `${cwd}\0${planSetting ?? ''}\0${dir}`;
    const now = this.now();
    const cached = this.configs.get(key);
    if (cached && now - cached.checkedAt < this.interval) return cached.value.lookup;
    if (cached?.value.lookup.kind === 'config' && configStamp(cached.value.lookup) === cached.value.stamp) {
      cached.checkedAt = now;
      return cached.value.lookup;
    }
    const parent = dirname(dir);
    const lookup = parent !== dir && !holdsProjectFiles(dir) ? this.configFor(parent, cwd, planSetting) : this.resolveConfig(dir, cwd, planSetting);
    this.configs.set(key, { value: { lookup, stamp: configStamp(lookup) }, checkedAt: now });
    return lookup;
  }

  private resolveConfig(dir: string, cwd: string, planSetting: string | undefined): ConfigLookup {
    try {
      const resolved = resolveConfig({ root: dir, cwd, plan: planSetting });
      const { planFile } = resolved;
      if (planFile === undefined) return { kind: 'none' };
      const config = { ...resolved, planFile };
      const root = projectRoot(config, cwd, planSetting);
      return { kind: 'config', setup: { config, root, covers: coverage(config, root), isGenerated: generatedClientTest(root, config.generated), prefilter: new Prefilter(config.calleeRules) } };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const nothingToFind = planSetting === undefined && findConfig(dir) === undefined && findPlan(dir) === undefined;
      return nothingToFind ? { kind: 'none' } : { kind: 'broken', message: oneLineMessage(error) };
    }
  }

  private planAt(planFile: string, cwd: string): Plan | UserError {
    const now = this.now();
    const cached = this.plans.get(planFile);
    if (cached && now - cached.checkedAt < this.interval) return cached.value.plan;
    const stamp = fileStamp(planFile);
    if (cached?.value.stamp === stamp) {
      cached.checkedAt = now;
      return cached.value.plan;
    }
    let plan: Plan | UserError;
    try {
      plan = loadPlan(planFile, shownPath(cwd, planFile));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      plan = error;
    }
    this.plans.set(planFile, { value: { stamp, plan }, checkedAt: now });
    return plan;
  }

  private modulesFor({ root, config, isGenerated }: ProjectSetup): WatchedModules {
    const key = [root, ...config.generated.globs, ...config.generated.headers.map(String)].join('\0');
    const now = this.now();
    let modules = this.modules.get(key);
    if (!modules) {
      modules = new WatchedModules(() => new ProjectModules(root, isGenerated), now, this.interval);
      this.modules.set(key, modules);
    }
    modules.refresh(now);
    return modules;
  }
}
