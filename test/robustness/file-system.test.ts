import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { CLI } from '../helpers/cli.js';
import { about, describeCallSite, expectRestUnchanged, gitInit, robustnessProject, scan, shareWithEveryone } from './helpers.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/** chmod 000 stops everyone but root, and tests often run as root: there the check runs as `nobody`. */
function checkAsUnprivileged(dir: string): Report {
  const user = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8', ...user });
  if (result.status !== 0) throw new Error(`check failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Report;
}

/** Where permissions cannot be dropped (Windows, or root without a usable `nobody`), the case is skipped rather than faked. */
const canDropPermissions = process.platform !== 'win32' && (!isRoot || spawnSync(process.execPath, [CLI, '--version'], { uid: NOBODY, gid: NOBODY }).status === 0);

describe('files the scan cannot or must not read become notices', () => {
  it.skipIf(!canDropPermissions)('reports unreadable files and folders, and scans the rest', () => {
    const dir = robustnessProject(undefined, { files: { 'src/locked.ts': "analytics.track('Locked');\n", 'src/private/hidden.ts': "analytics.track('Private');\n" } });
    shareWithEveryone(dir);
    chmodSync(join(dir, 'src', 'locked.ts'), 0o000);
    chmodSync(join(dir, 'src', 'private'), 0o000);
    const report = checkAsUnprivileged(dir);
    expect(report.notices).toEqual([
      { file: 'src/locked.ts', message: 'could not be read: permission denied (EACCES)' },
      { file: 'src/private', message: 'folder could not be read: permission denied (EACCES); its files were not scanned' },
    ]);
    expectRestUnchanged(report, ['src/locked.ts', 'src/private']);
  });

  for (const inGit of [true, false]) {
    it(`skips symbolic link loops, dangling links and links out of the project ${inGit ? 'inside git' : 'outside git'}`, () => {
      const outside = join(tmpdir(), `trackplan-outside-${process.pid}.ts`);
      writeFileSync(outside, "analytics.track('Outside The Project');\n");
      const dir = robustnessProject(undefined);
      symlinkSync('loop-b.ts', join(dir, 'src', 'loop-a.ts'));
      symlinkSync('loop-a.ts', join(dir, 'src', 'loop-b.ts'));
      symlinkSync('self.ts', join(dir, 'src', 'self.ts'));
      symlinkSync('missing.ts', join(dir, 'src', 'dangling.ts'));
      symlinkSync(outside, join(dir, 'src', 'outside.ts'));
      if (inGit) gitInit(dir);
      const report = scan(dir);
      rmSync(outside);
      expect(report.notices).toEqual([
        { file: 'src/dangling.ts', message: 'skipped: a symbolic link to a file that does not exist' },
        { file: 'src/loop-a.ts', message: 'skipped: a symbolic link loop' },
        { file: 'src/loop-b.ts', message: 'skipped: a symbolic link loop' },
        { file: 'src/outside.ts', message: 'skipped: a symbolic link to a file outside the project' },
        { file: 'src/self.ts', message: 'skipped: a symbolic link loop' },
      ]);
      expectRestUnchanged(report, ['src/dangling.ts', 'src/loop-a.ts', 'src/loop-b.ts', 'src/outside.ts', 'src/self.ts']);
    });

    it(`never follows a symbolic link to a folder, and reads a link to a file of the project where it is listed ${inGit ? 'inside git' : 'outside git'}`, () => {
      const dir = robustnessProject(undefined, { files: { 'vendor/lib/inner.ts': "analytics.track('Inside A Linked Folder');\n" } });
      rmSync(join(dir, 'vendor', 'lib', 'inner.ts'));
      mkdirSync(join(dir, 'shared'));
      writeFileSync(join(dir, 'shared', 'inner.ts'), "analytics.track('Shared Once');\n");
      symlinkSync('../shared', join(dir, 'src', 'linked'));
      symlinkSync('../shared', join(dir, 'src', 'linked-folder.ts'));
      symlinkSync('signup.ts', join(dir, 'src', 'alias.ts'));
      if (inGit) gitInit(dir);
      const report = scan(dir);
      expect(report.notices).toEqual([]);
      expect(report.callSites.map(describeCallSite)).toEqual([
        'shared/inner.ts:1:17-1:30 analytics.track literal Shared Once',
        'src/alias.ts:5:19-5:35 analytics.track literal Signup Started',
        'src/alias.ts:9:19-9:41 analytics.track import Account Created',
        'src/signup.ts:5:19-5:35 analytics.track literal Signup Started',
        'src/signup.ts:9:19-9:41 analytics.track import Account Created',
      ]);
    });
  }

  it('says which listed file was deleted before it could be read', () => {
    const dir = robustnessProject(undefined, { git: true, files: { 'src/gone.ts': "analytics.track('Gone');\n" } });
    rmSync(join(dir, 'src', 'gone.ts'));
    const report = scan(dir);
    expect(about(report, ['src/gone.ts'])).toEqual({ callSites: [], findings: [], notices: ['src/gone.ts: deleted during the scan'] });
    expectRestUnchanged(report, ['src/gone.ts']);
  });
});
