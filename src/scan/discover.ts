import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import fastGlob from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export const DEFAULT_INCLUDE = ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts,vue,svelte}'];

export const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
  '**/*.test.*',
  '**/*.spec.*',
  '**/*.stories.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/test/**',
  '**/tests/**',
  '**/cypress/**',
  '**/e2e/**',
  '**/playwright/**',
];

export interface DiscoverOptions {
  root: string;
  include: string[];
  exclude: string[];
}

/** The repository root holding `dir`: the nearest folder with a `.git` entry. */
export function findRepositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

function listWithGit(root: string): string[] | undefined {
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return output.split('\0').filter((file) => file.length > 0);
  } catch {
    return undefined;
  }
}

function listWithGlob(root: string, include: string[], exclude: string[]): string[] {
  const files = fastGlob.sync(include, { cwd: root, ignore: exclude, dot: false, onlyFiles: true, followSymbolicLinks: false, unique: true });
  const gitignores = fastGlob.sync('**/.gitignore', { cwd: root, ignore: ['**/node_modules/**'], dot: true, followSymbolicLinks: false });
  if (gitignores.length === 0) return files;
  const rules = new Map<string, Ignore>();
  for (const file of gitignores) rules.set(posix.dirname(file), ignore().add(readFileSync(join(root, file), 'utf8')));
  return files.filter((file) => {
    for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
      const rule = rules.get(dir);
      const relative = dir === '.' ? file : file.slice(dir.length + 1);
      if (rule?.ignores(relative)) return false;
      if (dir === '.') return true;
    }
  });
}

/** Files to scan, relative to the root with `/`, sorted by code units. */
export function discoverFiles(options: DiscoverOptions): string[] {
  const isIncluded = picomatch(options.include, { dot: true });
  const isExcluded = picomatch(options.exclude, { dot: true });
  const inGit = findRepositoryRoot(options.root) !== undefined;
  const listed = (inGit ? listWithGit(options.root) : undefined) ?? listWithGlob(options.root, options.include, options.exclude);
  const files = listed.filter((file) => isIncluded(file) && !isExcluded(file));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
