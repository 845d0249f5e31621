import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findRepositoryRoot } from '../scan/discover.js';
import { CONFIG_FILE_NAMES, PLAN_FILE_NAMES } from './defaults.js';

/** The first thing `find` finds in a folder, from `start` upwards, stopping at the repository root (or the file system root). */
function findUpwards<T>(start: string, find: (dir: string) => T | undefined): T | undefined {
  const stop = findRepositoryRoot(start);
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const found = find(dir);
    if (found !== undefined) return found;
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

function firstExisting(dir: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
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
  return findUpwards<ConfigLocation>(start, (dir) => {
    const file = firstExisting(dir, CONFIG_FILE_NAMES);
    if (file !== undefined) return { kind: 'file', path: file };
    const packageJson = join(dir, 'package.json');
    return existsSync(packageJson) && hasTrackplanKey(packageJson) ? { kind: 'package.json', path: packageJson } : undefined;
  });
}

export function findPlan(start: string): string | undefined {
  return findUpwards(start, (dir) => firstExisting(dir, PLAN_FILE_NAMES));
}
