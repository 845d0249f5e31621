import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';
import { FIXTURES, robustnessProject } from './helpers.js';

const CASES = ['syntax-error', 'binary-content', 'non-utf8', 'bom', 'line-endings'];

/** Every class of bad input in one project, as a pull request from anyone could bring them. */
function everythingAtOnce(): string {
  const dir = robustnessProject(undefined, {
    files: {
      'src/deep.ts': `analytics.track('Deep Before');\nx = ${'('.repeat(20000)}1${')'.repeat(20000)};\n`,
      'src/escape.js': "analytics.track('Evil \\u001b[31mRed\\u001b[0m \\u0007 Bell');\n",
    },
  });
  for (const name of CASES) cpSync(join(FIXTURES, name), dir, { recursive: true });
  symlinkSync('loop.ts', join(dir, 'src', 'loop.ts'));
  return dir;
}

describe('the CLI on a project full of bad input', () => {
  it('exits with the findings’ verdict, prints a valid JSON report, and nothing on stderr', () => {
    const dir = everythingAtOnce();
    const result = runCli(['check', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    assertValidReport(report);
    expect(report.notices.map((notice) => notice.file)).toEqual(['src/latin1.js', 'src/logo.js', 'src/loop.ts']);
    expect(report.findings.filter((finding) => finding.kind === 'parse-error').map((finding) => finding.file)).toEqual(['src/broken.ts', 'src/deep.ts']);
    const lenient = runCli(['check', '--format', 'json', '--fail-on', 'none'], dir);
    expect([lenient.code, lenient.stderr]).toEqual([0, '']);
    expect({ ...(JSON.parse(lenient.stdout) as Report), outcome: report.outcome }).toEqual(report);
  });

  it('never lets a control character from a name reach the terminal raw', () => {
    const result = runCli(['check', '--format', 'text', '--no-color'], everythingAtOnce());
    expect(result.stdout).toContain('Evil \\x1b[31mRed\\x1b[0m \\x07 Bell');
    expect(result.stdout.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
  });
});
