import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

const IGNORED_FILES = {
  'dist/bundle.js': "analytics.track('Ghost From Build');",
  'node_modules/some-sdk/index.js': "analytics.track('Ghost From Dependency');",
  'src/secrets.local.ts': "analytics.track('Ghost From Local File');",
  'src/signup/__tests__/form.ts': "analytics.track('Report Exported', { format: 'csv' });",
  'e2e/signup.ts': "analytics.track('Report Exported', { format: 'pdf' });",
};

const expected = JSON.parse(readFileSync(join(REPO, 'fixtures', 'demo', 'expected', 'report.json'), 'utf8')) as unknown;

describe('trackplan check on the demo app', () => {
  for (const git of [false, true]) {
    it(`gives exactly the expected report ${git ? 'inside a git repository' : 'outside git'}, skipping ignored, test and dependency files`, () => {
      const dir = copyFixture('demo', { git, files: IGNORED_FILES });
      const result = runCli(['check', '--format', 'json'], dir);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { summary: { files: number } };
      assertValidReport(report);
      expect(report).toEqual(expected);
    });
  }

  it('prints the text report with the reason for failing', () => {
    const result = runCli(['check', '--no-color'], join(REPO, 'fixtures', 'demo'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ 2 unimplemented\n  Teammate Invited  tracking-plan.yaml:44:3\n  Report Exported   tracking-plan.yaml:49:3\n');
    expect(result.stdout).toContain('  src/invite.ts:5:19                Teammate Invite  did you mean "Teammate Invited"?\n');
    expect(result.stdout).toContain(
      'Coverage 71% (5/7 planned events)\n  acquisition   2/2  answerable\n  activation    3/3  answerable\n  retention     0/2  missing: Teammate Invited, Report Exported\n  owners        growth 3/4  insights 0/1  integrations 2/2\n',
    );
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Failed: 2 unimplemented, 2 undeclared, 1 dynamic, 1 property type error (--fail-on error)');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('exits 0 with --fail-on none, and writes --output without printing', () => {
    const dir = copyFixture('demo');
    expect(runCli(['check', '--fail-on', 'none'], dir).code).toBe(0);
    const written = runCli(['check', '--format', 'json', '--output', 'out/report.json'], dir);
    expect(written).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'))).toEqual(expected);
  });

  it('fails on coverage below --min-coverage, and says so', () => {
    const result = runCli(['check', '--fail-on', 'none', '--min-coverage', '80'], join(REPO, 'fixtures', 'demo'));
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Failed: coverage 71% is below --min-coverage 80% (--fail-on none, --min-coverage 80%)');
  });

  it('fails only on the listed kinds with --fail-on KIND,…', () => {
    expect(runCli(['check', '--fail-on', 'deprecated'], join(REPO, 'fixtures', 'demo')).code).toBe(1);
    expect(runCli(['check', '--fail-on', 'naming'], join(REPO, 'fixtures', 'demo')).code).toBe(0);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const dir = copyFixture('demo', { files: IGNORED_FILES });
    expect(runCli(['check', '--format', 'json'], dir).stdout).toBe(runCli(['check', '--format', 'json'], dir).stdout);
  });
});
