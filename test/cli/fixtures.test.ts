import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

const projects = readdirSync(join(REPO, 'fixtures')).filter((name) => existsSync(join(REPO, 'fixtures', name, 'expected', 'report.json')));

describe('fixture projects give exactly their expected report', () => {
  it('covers every kind of project', () => {
    expect(projects.sort()).toEqual(['ampli', 'clean', 'demo', 'monorepo', 'node-service', 'react-app', 'svelte-app', 'typed-service', 'typewriter', 'vue-app']);
  });

  for (const project of projects) {
    it(project, () => {
      const expected = JSON.parse(readFileSync(join(REPO, 'fixtures', project, 'expected', 'report.json'), 'utf8')) as { outcome: { failed: boolean } };
      const result = runCli(['check', '--format', 'json'], copyFixture(project));
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as unknown;
      assertValidReport(report);
      expect(report).toEqual(expected);
      expect(result.code).toBe(expected.outcome.failed ? 1 : 0);
    });
  }
});
