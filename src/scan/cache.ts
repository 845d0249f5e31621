import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { packageVersion } from '../util/package-root.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { discoverFiles } from './discover.js';
import type { ScanResult } from './scan.js';

const CACHE_VERSION = 1;
/** Files that change how names resolve without being sources themselves. */
const RESOLUTION_FILES = ['tsconfig.json', 'jsconfig.json', 'package.json'];

export function defaultCacheLocation(root: string): string {
  return join(root, 'node_modules', '.cache', 'trackplan');
}

function stamp(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return '-';
  }
}

/**
 * What a scan depends on: trackplan's version, the config, and the size and modification time of every
 * listed file and of the tsconfig, jsconfig and package.json files beside them.
 */
function fingerprint(config: ResolvedConfig, files: readonly string[], shard: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: CACHE_VERSION, trackplan: packageVersion(), config, shard }, (_key, value: unknown) => (value instanceof RegExp ? value.source : value)));
  const folders = new Set<string>();
  for (const file of files) {
    hash.update(`${file}\0${stamp(join(config.root, file))}\n`);
    for (let folder = dirname(file); !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder);
      if (folder === '.' || folder === dirname(folder)) break;
    }
  }
  for (const folder of [...folders].sort()) {
    for (const name of RESOLUTION_FILES) hash.update(`${folder}/${name}\0${stamp(join(config.root, folder, name))}\n`);
  }
  return hash.digest('hex');
}

/** A scan reused when nothing it depends on has changed; written atomically after every fresh scan. */
export function cachedScan(config: ResolvedConfig, location: string, shard: string, scan: (files: string[]) => ScanResult): ScanResult {
  const files = discoverFiles({ root: config.root, include: config.include, exclude: config.exclude });
  const key = fingerprint(config, files, shard);
  const path = join(location, 'scan.json');
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as { key: string; scan: ScanResult };
    if (cached.key === key) return cached.scan;
  } catch {
    // No cache yet, or an unreadable one: scan.
  }
  const result = scan(files);
  try {
    writeFileAtomic(path, JSON.stringify({ key, scan: result }));
  } catch {
    // A cache that cannot be written only costs time.
  }
  return result;
}
