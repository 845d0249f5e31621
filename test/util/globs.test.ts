import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../src/scan/discover.js';
import { globMatcher, listableMatcher } from '../../src/util/globs.js';

const PATHS = [
  'src/App.tsx',
  'src/lib/analytics.ts',
  'src/.hidden/track.ts',
  'src/types.d.ts',
  'src/legacy/old.cjs',
  'src/components/Button.stories.tsx',
  'src/checkout.test.ts',
  'src/__tests__/checkout.ts',
  'packages/web/node_modules/lib/index.js',
  'packages/web/test/setup.ts',
  'packages/web/src/pages/index.vue',
  'packages/web/src/Widget.svelte',
  'e2e/login.ts',
  'README.md',
  'styles.css',
];

describe('globMatcher', () => {
  it('agrees with picomatch on the default include and exclude globs', () => {
    const included = picomatch(DEFAULT_INCLUDE, { dot: true });
    const excluded = picomatch(DEFAULT_EXCLUDE, { dot: true });
    const isListable = listableMatcher(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
    expect(PATHS.filter(isListable)).toEqual(PATHS.filter((path) => included(path) && !excluded(path)));
    expect(PATHS.filter(isListable)).toEqual(['src/App.tsx', 'src/lib/analytics.ts', 'src/.hidden/track.ts', 'src/legacy/old.cjs', 'packages/web/src/pages/index.vue', 'packages/web/src/Widget.svelte']);
  });

  it('matches any of its globs, and nothing when it has none', () => {
    const generated = globMatcher(['src/generated/**', '**/ampli/index.ts']);
    expect(['src/generated/segment.ts', 'apps/web/src/ampli/index.ts', 'src/App.tsx'].map(generated)).toEqual([true, true, false]);
    expect(globMatcher([])('src/App.tsx')).toBe(false);
  });
});
