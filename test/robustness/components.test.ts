import { describe, expect, it } from 'vitest';
import { about, expectRestUnchanged, robustnessProject, scan } from './helpers.js';

/** Found while testing the scan: the compiler's errors for a component must not make its calls vanish. */
describe('a broken Vue component is a parse error, not a silent loss', () => {
  it('reports an unclosed <script setup> and keeps its literal calls', () => {
    const report = scan(robustnessProject('broken-component'));
    expect(about(report, ['src/Unclosed.vue'])).toEqual({
      callSites: ['src/Unclosed.vue:9:19-9:36 analytics.track literal Component Saved [recovered]'],
      findings: [
        'src/Unclosed.vue:5:1-5:1 parse-error could not be parsed: Element is missing end tag.',
        'src/Unclosed.vue:9:19-9:36 undeclared "Component Saved" is not in the tracking plan',
      ],
      notices: [],
    });
    expectRestUnchanged(report, ['src/Unclosed.vue']);
  });
});

describe('a broken Svelte component is a parse error at its position', () => {
  it('reports the compiler error and keeps its literal calls', () => {
    const files = { 'src/Broken.svelte': "<script>\n  analytics.track('Component Saved');\n  let a = ;\n</script>\n<div></div>\n" };
    const report = scan(robustnessProject(undefined, { files }));
    expect(about(report, ['src/Broken.svelte'])).toEqual({
      callSites: ['src/Broken.svelte:2:19-2:36 analytics.track literal Component Saved [recovered]'],
      findings: [
        'src/Broken.svelte:2:19-2:36 undeclared "Component Saved" is not in the tracking plan',
        'src/Broken.svelte:3:11-3:11 parse-error could not be parsed: Unexpected token',
      ],
      notices: [],
    });
  });
});
