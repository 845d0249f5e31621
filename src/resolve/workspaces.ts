import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type FastGlob from 'fast-glob';
import { parse as parseYaml } from 'yaml';

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function workspacePatterns(root: string): string[] {
  const manifest = readJson(join(root, 'package.json'));
  const workspaces = manifest?.workspaces;
  if (Array.isArray(workspaces)) return workspaces.filter((item): item is string => typeof item === 'string');
  const packages = (workspaces as { packages?: unknown } | undefined)?.packages;
  if (Array.isArray(packages)) return packages.filter((item): item is string => typeof item === 'string');
  const pnpm = join(root, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    try {
      const parsed = parseYaml(readFileSync(pnpm, 'utf8')) as { packages?: unknown } | null;
      if (Array.isArray(parsed?.packages)) return parsed.packages.filter((item): item is string => typeof item === 'string');
    } catch {
      return [];
    }
  }
  return [];
}

/** The workspace root holding `dir`: the nearest folder upwards that declares workspaces, not past `stop`. */
export function findWorkspaceRoot(dir: string, stop: string | undefined): string {
  for (let current = dir; ; current = dirname(current)) {
    if (workspacePatterns(current).length > 0) return current;
    if (current === stop || dirname(current) === current) return dir;
  }
}

/** The workspace packages a package's manifest depends on. */
export function dependenciesOf(packageDir: string): string[] {
  const manifest = readJson(join(packageDir, 'package.json'));
  const names = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const dependencies = manifest?.[field];
    if (dependencies && typeof dependencies === 'object') for (const name of Object.keys(dependencies)) names.add(name);
  }
  return [...names];
}

const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

/**
 * The manifests of the commonest workspace patterns, `packages/*` and `tools/cli`, listed with one
 * readdir; undefined for any other pattern. Loading fast-glob for them costs more than listing.
 */
function listSimplePattern(root: string, pattern: string): string[] | undefined {
  const segments = pattern.replace(/^\.\//, '').replace(/\/+$/, '').split('/');
  const last = segments.pop();
  if (last === undefined || segments.some((segment) => GLOB_CHARACTERS.test(segment) || segment === '..')) return undefined;
  const parent = join(root, ...segments);
  if (last !== '*') return GLOB_CHARACTERS.test(last) ? undefined : [join(parent, last, 'package.json')].filter((manifest) => existsSync(manifest));
  try {
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map((entry) => join(parent, entry.name, 'package.json'))
      .filter((manifest) => existsSync(manifest));
  } catch {
    return [];
  }
}

function listManifests(root: string, patterns: string[]): string[] {
  const simple = patterns.map((pattern) => listSimplePattern(root, pattern));
  if (simple.every((manifests) => manifests !== undefined)) return [...new Set(simple.flat())];
  // fast-glob is loaded only for a workspace root with patterns beyond `dir/*`.
  const fastGlob = createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
  return fastGlob.sync(
    patterns.map((pattern) => `${pattern.replace(/\/+$/, '')}/package.json`),
    { cwd: root, ignore: ['**/node_modules/**'], absolute: true, followSymbolicLinks: false },
  );
}

/** Workspace package names mapped to their folders (npm, yarn and pnpm workspaces), so they resolve without an install. */
export function findWorkspacePackages(root: string): Map<string, string> {
  const packages = new Map<string, string>();
  const patterns = workspacePatterns(root).filter((pattern) => !pattern.startsWith('!'));
  if (patterns.length === 0) return packages;
  for (const manifest of listManifests(root, patterns).sort()) {
    const name = readJson(manifest)?.name;
    if (typeof name === 'string' && !packages.has(name)) packages.set(name, dirname(manifest));
  }
  return packages;
}
