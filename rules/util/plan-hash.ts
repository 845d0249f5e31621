import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findConfig, findPlan } from '../../src/config/find.js';
import { resolveConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

function planFileFrom(cwd: string): string | undefined {
  try {
    return resolveConfig({ root: cwd, cwd }).planFile;
  } catch (error) {
    if (error instanceof UserError) return findPlan(cwd);
    throw error;
  }
}

function contentOf(path: string | undefined): string {
  if (path === undefined) return '';
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * A hash of the config and plan found from `cwd`, for `settings.trackplan.planHash`: ESLint's cache
 * key includes the settings, so `eslint --cache` lints again when either changes. Undefined when there is neither.
 */
export function planHash(cwd: string): string | undefined {
  const configFile = findConfig(cwd)?.path;
  const planFile = planFileFrom(cwd);
  if (configFile === undefined && planFile === undefined) return undefined;
  return createHash('sha256').update(contentOf(configFile)).update('\0').update(contentOf(planFile)).digest('hex').slice(0, 16);
}
