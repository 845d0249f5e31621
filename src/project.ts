import { relative } from 'node:path';
import { display, resolveConfig } from './config/load.js';
import type { ResolvedConfig } from './config/types.js';
import { UserError } from './errors.js';
import { loadPlan } from './plan/load.js';
import type { Plan } from './plan/types.js';
import type { Baseline } from './report/baseline.js';
import type { FailOn } from './report/types.js';
import type { ScanProgress } from './scan/scan.js';
import { toPosix } from './util/paths.js';

export interface CheckOptions {
  /** The project to scan (default: the working directory). */
  root?: string;
  cwd?: string;
  plan?: string;
  config?: string;
  failOn?: FailOn;
  minCoverage?: number;
  onProgress?: (progress: ScanProgress) => void;
  /** Findings the baseline accepts do not fail the check, and are left out. */
  baseline?: { file: string; baseline: Baseline };
  /** Only findings of files changed since this git ref, and the events the change leaves unimplemented. */
  changedSince?: string;
  /** Report the call sites of a stable share of the files: `{ index: 1, count: 3 }`. */
  shard?: { index: number; count: number };
  /** Type-aware mode (also `types: true` in the config). */
  types?: boolean;
}

export interface Project {
  config: ResolvedConfig & { planFile: string };
  plan: Plan;
  cwd: string;
}

export type ProjectConfig = Omit<Project, 'plan'>;

/** The config, validated, with the plan it names found: a mistake stops here. */
export function loadConfig(options: CheckOptions): ProjectConfig {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig({ root: options.root ?? '.', cwd, plan: options.plan, config: options.config });
  const { planFile } = config;
  if (!planFile) {
    throw new UserError(`no tracking plan found from ${display(config.root, cwd)} upwards`, {
      hint: 'Pass --plan FILE, set "plan" in trackplan.config.json, or create tracking-plan.yaml (`trackplan init` writes one from your code).',
    });
  }
  return { config: { ...config, planFile }, cwd };
}

export function withPlan({ config, cwd }: ProjectConfig): Project {
  return { config, plan: loadPlan(config.planFile, toPosix(relative(config.root, config.planFile))), cwd };
}

/** Config and plan, validated: a mistake in either stops here, before any scanning. */
export function loadProject(options: CheckOptions): Project {
  return withPlan(loadConfig(options));
}
