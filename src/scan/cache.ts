import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { packageVersion } from '../util/package-root.js';
import { git } from '../util/git.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { discoverFiles, findRepositoryRoot, selectFiles } from './discover.js';
import type { ScanResult } from './scan.js';

const CACHE_VERSION = 1;
/** Files that change how names resolve without being sources themselves. */
const RESOLUTION_FILES = ['tsconfig.json', 'jsconfig.json', 'package.json'];

export function defaultCacheLocation(root: string): string {
  return join(root, 'node_modules', '.cache', 'trackplan');
}

function statStamp(path: string): string {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats ? `${stats.size}:${stats.mtimeMs}` : '-';
  } catch {
    return '-';
  }
}

const STAGED_ENTRY = /^[0-7]{6} ([0-9a-f]{40,64}) [0-3]$/;

/** The id git gives a file's content, so that staging a modified file does not change its stamp. */
function blobId(path: string, algorithm: 'sha1' | 'sha256'): string {
  try {
    const content = readFileSync(path);
    return createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
  } catch {
    return '-';
  }
}

/**
 * In a git repository, what an unmodified tracked file holds is its blob in the index: two git
 * calls stand for the thousands of stat calls (each of which builds four Date objects on Node 20)
 * that would tell the same. Modified and untracked files, usually few, are hashed the way git would.
 */
function gitStamps(root: string): Map<string, string> | undefined {
  const listing = git(root, ['ls-files', '-z', '-s', '--cached', '--others', '--exclude-standard']);
  const modified = git(root, ['ls-files', '-z', '-m']);
  if (listing === undefined || modified === undefined) return undefined;
  const changed = new Set(modified.split('\0'));
  const entries = listing.split('\0');
  const algorithm = entries.some((entry) => /^[0-7]{6} [0-9a-f]{64} /.test(entry)) ? 'sha256' : 'sha1';
  const stamps = new Map<string, string>();
  for (const entry of entries) {
    const tab = entry.indexOf('\t');
    const blob = tab === -1 ? undefined : STAGED_ENTRY.exec(entry.slice(0, tab))?.[1];
    const file = blob === undefined ? entry : entry.slice(tab + 1);
    if (file === '') continue;
    const stamp = blob === undefined || changed.has(file) ? blobId(join(root, file), algorithm) : blob;
    stamps.set(file, stamps.has(file) ? `${stamps.get(file)}+${stamp}` : stamp);
  }
  return stamps;
}

/**
 * What a scan depends on: trackplan's version, the config, and what every listed file holds, with
 * the tsconfig, jsconfig and package.json files beside them.
 */
function fingerprint(config: ResolvedConfig, files: readonly string[], known: Map<string, string> | undefined, shard: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: CACHE_VERSION, trackplan: packageVersion(), config, shard }, (_key, value: unknown) => (value instanceof RegExp ? value.source : value)));
  const stamp = (file: string): string => known?.get(file) ?? statStamp(join(config.root, file));
  const lines: string[] = [];
  const folders = new Set<string>();
  for (const file of files) {
    lines.push(`${file}\0${stamp(file)}\n`);
    for (let folder = dirname(file); !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder);
      if (folder === '.' || folder === dirname(folder)) break;
    }
  }
  for (const folder of [...folders].sort()) {
    for (const name of RESOLUTION_FILES) lines.push(`${folder}/${name}\0${stamp(folder === '.' ? name : `${folder}/${name}`)}\n`);
  }
  return hash.update(lines.join('')).digest('hex');
}

/** The scan of the project's current files, when one was kept; `save` keeps a fresh one. */
export interface ScanCache {
  files: string[];
  scan?: ScanResult;
  save(scan: ScanResult): void;
}

/** A scan is reused when nothing it depends on has changed; it is written atomically after every fresh scan. */
export function openScanCache(config: ResolvedConfig, location: string, shard: string): ScanCache {
  const known = findRepositoryRoot(config.root) !== undefined ? gitStamps(config.root) : undefined;
  const files = known ? selectFiles(known.keys(), config) : discoverFiles({ root: config.root, include: config.include, exclude: config.exclude });
  const key = fingerprint(config, files, known, shard);
  const path = join(location, 'scan.json');
  const save = (scan: ScanResult): void => {
    try {
      writeFileAtomic(path, JSON.stringify({ key, scan }));
    } catch {
      // A cache that cannot be written only costs time.
    }
  };
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as { key: string; scan: ScanResult };
    if (cached.key === key) return { files, scan: cached.scan, save };
  } catch {
    // No cache yet, or an unreadable one: scan.
  }
  return { files, save };
}

export function cachedScan(config: ResolvedConfig, location: string, shard: string, scan: (files: string[]) => ScanResult): ScanResult {
  const cache = openScanCache(config, location, shard);
  if (cache.scan) return cache.scan;
  const result = scan(cache.files);
  cache.save(result);
  return result;
}
