import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/run.js';
import { cachedScan } from '../../src/scan/cache.js';
import { scanProject, type ScanResult } from '../../src/scan/scan.js';
import { copyFixture, runCli } from '../helpers/cli.js';

/** A cached scan of `dir`, and how many times it really scanned. */
function cachedRunner(dir: string): { run: () => ScanResult; scans: () => number } {
  const location = mkdtempSync(join(tmpdir(), 'trackplan-cache-'));
  let scans = 0;
  const run = (): ScanResult => {
    const { config } = loadProject({ cwd: dir });
    return cachedScan(config, location, 'all', (files) => {
      scans++;
      return scanProject(config, { files });
    });
  };
  return { run, scans: () => scans };
}

describe('--cache', () => {
  it('reuses the scan until a source, a tsconfig or the config changes', () => {
    const dir = copyFixture('react-app');
    const { run, scans } = cachedRunner(dir);
    const first = run();
    expect(run()).toEqual(first);
    expect(scans()).toBe(1);
    appendFileSync(join(dir, 'src', 'pages', 'Billing.tsx'), "\nexport const more = () => analytics.track('Plan Changed', { plan: 'team' });\n");
    expect(run().callSites.length).toBe(first.callSites.length + 1);
    expect(scans()).toBe(2);
    writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "baseUrl": "." } }\n');
    run();
    expect(scans()).toBe(3);
    run();
    expect(scans()).toBe(3);
  });

  it('in a git repository, rescans after a change to a tracked file, staged or not, a new or a deleted file', () => {
    const dir = copyFixture('react-app', { git: true });
    const git = (...args: string[]): void => {
      execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    };
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'fixture');
    const { run, scans } = cachedRunner(dir);
    const first = run();
    expect(run()).toEqual(first);
    expect(scans()).toBe(1);
    const billing = join(dir, 'src', 'pages', 'Billing.tsx');
    appendFileSync(billing, "\nexport const more = () => analytics.track('Plan Changed', { plan: 'team' });\n");
    expect(run().callSites.length).toBe(first.callSites.length + 1);
    git('add', '-A');
    run();
    expect(scans()).toBe(2);
    writeFileSync(join(dir, 'src', 'Extra.tsx'), "export const extra = () => analytics.track('Extra Clicked');\n");
    const withExtra = run();
    expect(withExtra.callSites.length).toBe(first.callSites.length + 2);
    expect(scans()).toBe(3);
    rmSync(billing);
    expect(run().callSites.filter((site) => site.file === 'src/pages/Billing.tsx')).toEqual([]);
    expect(scans()).toBe(4);
    writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "baseUrl": "." } }\n');
    run();
    expect(scans()).toBe(5);
    run();
    expect(scans()).toBe(5);
  });

  it('gives the same report as a scan without it, from the CLI, in node_modules/.cache/trackplan', () => {
    const dir = copyFixture('demo');
    const plain = runCli(['check', '--format', 'json'], dir).stdout;
    expect(runCli(['check', '--cache', '--format', 'json'], dir).stdout).toBe(plain);
    expect(existsSync(join(dir, 'node_modules', '.cache', 'trackplan', 'scan.json'))).toBe(true);
    expect(runCli(['check', '--cache', '--format', 'json'], dir).stdout).toBe(plain);
  });
});
