import { describe, expect, it } from 'vitest';
import { about, expectRestUnchanged, robustnessProject, scan } from './helpers.js';

/**
 * Found while testing the scan: @vue/compiler-sfc reports a `<script setup>` that is never closed
 * in `descriptor.errors` (“Element is missing end tag.” at 5:1), which src/scan/sfc.ts does not
 * read, so the file's calls vanish without a finding. `it.fails` until the component's compiler
 * errors become a parse-error finding with the literal calls recovered; then make it `it`.
 */
describe('a broken Vue component is a parse error, not a silent loss', () => {
  it.fails('reports an unclosed <script setup> and keeps its literal calls', () => {
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
