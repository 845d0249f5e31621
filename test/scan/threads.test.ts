import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/run.js';
import { scanProject, type ScanResult } from '../../src/scan/scan.js';
import { compareCodeUnits } from '../../src/util/suggest.js';
import { REPO } from '../helpers/cli.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateCorpus } from '../../bench/generate.mjs';

function sorted(scan: ScanResult): ScanResult {
  const byJson = <T>(items: T[]): T[] => items.map((item) => JSON.stringify(item)).sort(compareCodeUnits).map((item) => JSON.parse(item) as T);
  return { ...scan, callSites: byJson(scan.callSites), findings: byJson(scan.findings), notices: byJson(scan.notices) };
}

describe('a scan in two threads', () => {
  it.each(['react-app', 'monorepo', 'node-service', 'typewriter', 'ampli', 'vue-app', 'svelte-app'])('finds in %s what one thread finds, counted the same', (fixture) => {
    const { config } = loadProject({ root: join(REPO, 'fixtures', fixture), cwd: REPO });
    const one = scanProject(config, { threads: 1 });
    const two = scanProject(config, { threads: 2 });
    expect(one.callSites.length).toBeGreaterThan(0);
    expect(sorted(two)).toEqual(sorted(one));
  });

  it('learns wrappers defined in one thread from callers scanned in the other', () => {
    const root = mkdtempSync(join(tmpdir(), 'trackplan-threads-'));
    generateCorpus({ dir: root, files: 400 });
    const { config } = loadProject({ root, cwd: root });
    const one = scanProject(config, { threads: 1 });
    const two = scanProject(config, { threads: 2 });
    const throughWrappers = one.callSites.filter((site) => site.via === 'wrapper');
    expect(throughWrappers.length).toBeGreaterThan(5);
    expect(one.calledWrappers.length).toBeGreaterThan(0);
    expect(sorted(two)).toEqual(sorted(one));
  });
});
