import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import plugin from '../../rules/index.js';
import { RULE_KINDS, RULE_NAMES } from '../../rules/kinds.js';
import { planHash } from '../../rules/util/plan-hash.js';
import { DEFAULT_EXCLUDE } from '../../src/scan/discover.js';
import { REPO } from '../helpers/cli.js';
import { project } from './tester.js';

const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };

describe('the plugin object', () => {
  it('is named and versioned like the package', () => {
    expect(plugin.meta).toEqual({ name: 'trackplan', version });
  });

  it('has one rule per finding kind a file can show, each with its docs page, messages, schema and default options', () => {
    expect(Object.keys(plugin.rules)).toEqual(RULE_NAMES);
    expect(Object.values(RULE_KINDS)).toEqual(['undeclared', 'dynamic', 'deprecated', 'property-missing', 'property-undeclared', 'property-type', 'naming']);
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta?.docs?.url).toBe(`https://github.com/trackplan/trackplan/blob/main/docs/rules/${name}.md`);
      expect(rule.meta?.docs?.description).toMatch(/^[A-Z].*[^.]$/);
      expect(Object.keys(rule.meta?.messages ?? {}).length).toBeGreaterThan(0);
      expect(Array.isArray(rule.meta?.schema)).toBe(true);
      expect(rule.meta?.defaultOptions).toHaveLength((rule.meta?.schema as unknown[]).length);
    }
    expect(plugin.rules['no-undeclared-event'].meta?.hasSuggestions).toBe(true);
  });

  it('recommends every rule at its kind\'s default severity, outside the files the CLI skips', () => {
    const { recommended } = plugin.configs;
    expect(recommended.plugins?.trackplan).toBe(plugin);
    expect(recommended.name).toBe('trackplan/recommended');
    expect(recommended.rules).toEqual({
      'trackplan/no-undeclared-event': 'error',
      'trackplan/no-dynamic-event-name': 'error',
      'trackplan/no-deprecated-event': 'warn',
      'trackplan/no-missing-property': 'error',
      'trackplan/no-undeclared-property': 'warn',
      'trackplan/property-type': 'error',
      'trackplan/event-name-convention': 'warn',
    });
    expect(recommended.ignores).toEqual(DEFAULT_EXCLUDE);
    expect(recommended.ignores).toContain('**/*.test.*');
    expect(recommended.settings).toEqual({ trackplan: {} });
  });
});

describe('settings.trackplan.planHash', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it("holds the hash of the plan found from the working directory when the plugin loads", async () => {
    const dir = project({ 'tracking-plan.yaml': 'version: 1\nevents:\n  A: {}\n' });
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    vi.resetModules();
    const fresh = (await import('../../rules/index.js')).default;
    expect(fresh.configs.recommended.settings).toEqual({ trackplan: { planHash: planHash(dir) } });
    expect(planHash(dir)).toMatch(/^[0-9a-f]{16}$/);
  });
});
