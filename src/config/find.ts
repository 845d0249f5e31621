import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findRepositoryRoot } from '../scan/discover.js';
import { CONFIG_FILE_NAMES, PLAN_FILE_NAMES } from './defaults.js';

/** The nearest of `names` from `start` upwards, stopping at the repository root (or the file system root). */
export function findUpwards(start: string, names: readonly string[], stop = findRepositoryRoot(start)): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

export type ConfigLocation = { kind: 'file'; path: string } | { kind: 'package.json'; path: string };

function hasTrackplanKey(packageJson: string): boolean {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
    return typeof parsed === 'object' && parsed !== null && 'trackplan' in parsed;
  } catch {
    return false;
  }
}

/** The config nearest to `start`: a trackplan.config.* file, or a package.json with a "trackplan" key. */
export function findConfig(start: string): ConfigLocation | undefined {
  const stop = findRepositoryRoot(start);
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return { kind: 'file', path: candidate };
    }
    const packageJson = join(dir, 'package.json');
    if (existsSync(packageJson) && hasTrackplanKey(packageJson)) return { kind: 'package.json', path: packageJson };
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

export function findPlan(start: string): string | undefined {
  return findUpwards(start, PLAN_FILE_NAMES);
}
