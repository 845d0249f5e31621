import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import type FastGlob from 'fast-glob';
import type { Ignore } from 'ignore';
import type { Notice } from '../report/types.js';
import { git, GIT_OUTPUT } from '../util/git.js';
import { listableMatcher } from '../util/globs.js';
import { compareCodeUnits } from '../util/suggest.js';

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
  /** Receives a notice for each folder that cannot be listed; the listing goes on without it. */
  notices?: Notice[];
}

/** The repository root holding `dir`: the nearest folder with a `.git` entry. */
export function findRepositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

const GIT_LISTING = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];

function splitListing(output: string): string[] {
  return output.split('\0').filter((file) => file.length > 0);
}

function listWithGit(root: string): string[] | undefined {
  const output = git(root, GIT_LISTING);
  return output === undefined ? undefined : splitListing(output);
}

/**
 * The files git lists, with git running while the caller reads the plan; undefined outside a
 * repository or when git fails, where discoverFiles lists them (and reports unreadable folders).
 */
export function discoverGitFilesAsync(options: Omit<DiscoverOptions, 'notices'>): Promise<string[] | undefined> {
  if (findRepositoryRoot(options.root) === undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile('git', GIT_LISTING, { ...GIT_OUTPUT, cwd: options.root }, (error, output) => resolve(error ? undefined : selectFiles(splitListing(output), options)));
  });
}

const require = createRequire(import.meta.url);

/** fast-glob's reads, with each folder it cannot read reported once instead of ending the run. */
function reportingFileSystem(root: string, notices: Notice[]): Partial<FastGlob.FileSystemAdapter> {
  const reported = new Set<string>();
  const readdir = ((path: string, options?: object) => {
    try {
      return readdirSync(path, options as never);
    } catch (error) {
      const folder = relative(root, path).split(sep).join('/') || '.';
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      if (!reported.has(folder)) notices.push({ file: folder, message: `folder could not be read${code === 'EACCES' || code === 'EPERM' ? ': permission denied' : ''} (${code}); its files were not scanned` });
      reported.add(folder);
      throw error;
    }
  }) as FastGlob.FileSystemAdapter['readdirSync'];
  return { readdirSync: readdir };
}

/**
 * Outside git: fast-glob's sync API (the fastest listing measured) with `.gitignore` files applied by
 * `ignore`, both loaded only here (45 ms of start-up a run in a git repository does without).
 * Symbolic links are listed like git lists them (the reader decides), never descended into.
 */
function listWithGlob(root: string, include: string[], exclude: string[], notices: Notice[]): string[] {
  const fastGlob = require('fast-glob') as typeof FastGlob;
  const ignore = require('ignore') as () => Ignore;
  const fs = reportingFileSystem(root, notices);
  const files = fastGlob.sync(include, { cwd: root, ignore: exclude, dot: false, onlyFiles: false, markDirectories: true, followSymbolicLinks: false, unique: true, suppressErrors: true, fs }).filter((file) => !file.endsWith('/'));
  const gitignores = fastGlob.sync('**/.gitignore', { cwd: root, ignore: ['**/node_modules/**'], dot: true, followSymbolicLinks: false, suppressErrors: true, fs });
  if (gitignores.length === 0) return files;
  const rules = new Map<string, Ignore>();
  for (const file of gitignores) {
    try {
      rules.set(posix.dirname(file), ignore().add(readFileSync(join(root, file), 'utf8')));
    } catch (error) {
      notices.push({ file, message: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); the files it ignores were scanned` });
    }
  }
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
  const inGit = findRepositoryRoot(options.root) !== undefined;
  const unreadable: Notice[] = [];
  const listed = (inGit ? listWithGit(options.root) : undefined) ?? listWithGlob(options.root, options.include, options.exclude, unreadable);
  options.notices?.push(...unreadable.sort((a, b) => compareCodeUnits(a.file, b.file)));
  return selectFiles(listed, options);
}

/** The listed files a scan reads: included, not excluded, sorted by code units. */
export function selectFiles(listed: Iterable<string>, options: Pick<DiscoverOptions, 'include' | 'exclude'>): string[] {
  const isListable = listableMatcher(options.include, options.exclude);
  return [...listed].filter(isListable).sort(compareCodeUnits);
}
