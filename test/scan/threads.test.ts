import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/run.js';
import { ProjectScanner, scanProject, type ScanResult } from '../../src/scan/scan.js';
import { compareCodeUnits } from '../../src/util/suggest.js';
import { REPO } from '../helpers/cli.js';
import { writeProject } from '../helpers/project.js';
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

describe('a one-shot scan, which lets go of syntax trees no wrapper round needs', () => {
  it.each(['react-app', 'monorepo', 'node-service', 'typewriter', 'ampli', 'vue-app'])('finds in %s what a scan keeping every tree finds', async (fixture) => {
    const { config } = loadProject({ root: join(REPO, 'fixtures', fixture), cwd: REPO });
    const kept = await new ProjectScanner(config).scanInSlices();
    expect(sorted(scanProject(config, { threads: 1 }))).toEqual(sorted(kept));
  });

  it('keeps the tree of a file that calls a function of the project by import, which may be a wrapper under another name', () => {
    const root = writeProject({
      'tracking-plan.yaml': 'version: 1\nevents:\n  Direct Sent: {}\n  Alias Sent: {}\n',
      'src/lib/track.ts': 'export function trackEvent(name: string) {\n  analytics.track(name);\n}\n',
      'src/lib/index.ts': "export { trackEvent as logIt } from './track';\n",
      'src/page.ts': "import { logIt } from './lib';\nimport { format } from './format';\n\nexport function onSave() {\n  analytics.track('Direct Sent');\n  logIt('Alias Sent');\n  return format(' saved ');\n}\n",
      'src/format.ts': "import { trim } from './trim';\n\nexport function format(text: string) {\n  return trim(text);\n}\n",
      'src/trim.ts': 'export const trim = (text: string) => text.trim();\n',
    }, 'release');
    const { config } = loadProject({ root, cwd: root });
    const scan = scanProject(config, { threads: 1 });
    const page = scan.callSites.filter((site) => site.file === 'src/page.ts');
    expect(page.map((site) => [site.name.kind, site.via, site.position.line, site.position.column])).toEqual([
      ['static', 'direct', 5, 19],
      ['static', 'wrapper', 6, 9],
    ]);
    // The barrel names trackEvent, so it is scanned; format.ts, whose imports lead to no track call, is never parsed.
    expect(scan.filesParsed).toBe(3);
    expect(scan.modulesParsed).toBe(0);
  });

  it('finds callers of wrappers exported by a workspace package, and of methods of exported objects', async () => {
    const root = mkdtempSync(join(tmpdir(), 'trackplan-release-'));
    generateCorpus({ dir: root, files: 400 });
    const { config } = loadProject({ root, cwd: root });
    const kept = await new ProjectScanner(config).scanInSlices();
    const released = scanProject(config, { threads: 1 });
    expect(released.callSites.filter((site) => site.via === 'wrapper').length).toBeGreaterThan(5);
    expect(sorted(released)).toEqual(sorted(kept));
  });
});
