import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runCli } from '../helpers/cli.js';

const demo = join(REPO, 'fixtures', 'demo');

describe('usage and exit codes', () => {
  it('exits 2 on unknown flags and bad values, nothing on stdout', () => {
    for (const args of [['check', '--bogus'], ['check', '--fail-on', 'sometimes'], ['check', '--min-coverage', '120'], ['check', '--format', 'xml']]) {
      const result = runCli(args, demo);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/error: /);
    }
  });

  it('prints its version and help', () => {
    expect(runCli(['--version'], demo)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) as string });
    const help = runCli(['check', '--help'], demo);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--min-coverage <percent>');
  });

  it('stops with exit 2 before scanning when the plan is broken, naming its line and column', () => {
    const dir = copyFixture('demo');
    writeFileSync(join(dir, 'tracking-plan.yaml'), 'version: 1\nevents:\n  Signed Up:\n    owner: growth\n    propertes: {}\n');
    const result = runCli(['check'], dir);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'trackplan: tracking-plan.yaml:5:5: unknown key "propertes" in "events.Signed Up"; did you mean "properties"?\n  Known keys: description, owner, where, properties, sources, deprecated (keys starting with "x-" are free for your own use).\n',
    );
  });

  it('exits 2 with a hint when there is no plan, and for a --plan that does not exist', () => {
    const dir = copyFixture('demo');
    const missing = runCli(['check', '--plan', 'nope.yaml'], dir);
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'trackplan: nope.yaml: the file does not exist\n' });
  });

  it('exits 0 on a clean project', () => {
    const dir = copyFixture('clean');
    const result = runCli(['check'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Coverage 100% (2/2 planned events)');
  });
});
