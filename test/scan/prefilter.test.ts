import { describe, expect, it } from 'vitest';
import type { CalleeRules, CalleeSpec } from '../../src/extract/callees.js';
import { Prefilter } from '../../src/scan/prefilter.js';

function rules(...specs: CalleeSpec[]): CalleeRules {
  return { specs, excludedReceivers: [], reservedKeys: [], reservedPrefixes: [], sdkPackages: [] };
}

const star = rules({ name: '*.track' });

describe('Prefilter', () => {
  it('lets through only the bytes that contain a callee or wrapper name', () => {
    const prefilter = new Prefilter(star, ['logEvent']);
    expect(prefilter.mayMatch(Buffer.from("export const a = 1;\n"))).toBe(false);
    expect(prefilter.mayMatch(Buffer.from("analytics.track('A')"))).toBe(true);
    expect(prefilter.mayMatch(Buffer.from("logEvent('A')"))).toBe(true);
  });

  it('asks a `*.track` callee for a member access or a call, not the word', () => {
    const prefilter = new Prefilter(star);
    expect(prefilter.test("analytics.track('A')")).toBe(true);
    expect(prefilter.test("analytics?.track('A')")).toBe(true);
    expect(prefilter.test("analytics['track']('A')")).toBe(true);
    expect(prefilter.test("const { track } = useAnalytics();\ntrack('A')")).toBe(true);
    expect(prefilter.test('// we track nothing here\ntype T = { track: string };')).toBe(false);
    expect(prefilter.test("export * from './track-event';")).toBe(false);
  });

  it('asks an imported callee for its module name and a wrapper for its name as a word', () => {
    const prefilter = new Prefilter(rules({ name: 'track', import: '@amplitude/analytics-browser' }), ['trackEvent']);
    expect(prefilter.mayMatch(Buffer.from("import { track as t } from '@amplitude/analytics-browser'"))).toBe(true);
    expect(prefilter.test("import { track as t } from '@amplitude/analytics-browser'")).toBe(true);
    expect(prefilter.test("trackEvent('A')")).toBe(true);
    expect(prefilter.test("trackEvents('A')")).toBe(false);
  });

  it('matches nothing when there is nothing to look for', () => {
    const prefilter = new Prefilter(rules());
    expect(prefilter.mayMatch(Buffer.from('track()'))).toBe(false);
    expect(prefilter.test('track()')).toBe(false);
  });

  it('asks for a wrapper method only beside a name of its holder', () => {
    const prefilter = new Prefilter(rules(), ['logEvent'], [{ method: 'execute', holders: ['MarkRead', 'reader'] }]);
    expect(prefilter.mayMatch(Buffer.from('job.execute()'))).toBe(true);
    expect(prefilter.test('job.execute()')).toBe(false);
    expect(prefilter.test("import { reader } from './instance';\nreader.execute('A')")).toBe(true);
    expect(prefilter.test("constructor(private readonly markRead: MarkRead) {}\nthis.markRead.execute('A')")).toBe(true);
    expect(prefilter.test("readers.execute('A')")).toBe(false);
    expect(prefilter.test("logEvent('A')")).toBe(true);
    expect(prefilter.key).not.toBe(new Prefilter(rules(), ['logEvent']).key);
  });
});
