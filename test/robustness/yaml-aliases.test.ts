import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { robustnessProject } from './helpers.js';

const UNRESOLVED_ALIAS = 'version: 1\nevents:\n  Signup Started: {}\n<<: *missing\n';
const ALIAS_BOMB = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...[1, 2, 3, 4, 5].map((level) => `b${level}: &b${level} [${Array.from({ length: 10 }, () => (level === 1 ? '*a' : `*b${level - 1}`)).join(', ')}]`), 'events: {}', ''].join('\n');

/** Found by fuzzing the plan: yaml resolves aliases late, and its errors must still name the plan's line. */
describe('YAML aliases in the plan are the user’s mistake, not an internal error', () => {
  for (const [name, plan] of [
    ['an alias to an anchor that does not exist', UNRESOLVED_ALIAS],
    ['an alias bomb', ALIAS_BOMB],
  ] as const) {
    it(`reports ${name} without calling it a bug in trackplan`, () => {
      const result = runCli(['check'], robustnessProject(undefined, { files: { 'tracking-plan.yaml': plan } }));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^trackplan: tracking-plan\.yaml:\d+:\d+: /);
      expect(result.stderr).not.toContain('internal error');
    });
  }
});
