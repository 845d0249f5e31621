import { describe, expect, it } from 'vitest';
import { UserError, formatUserError } from '../../src/errors.js';
import { applyBaseline, createBaseline, formatBaseline, parseBaseline, type Baseline } from '../../src/report/baseline.js';
import type { Finding } from '../../src/report/types.js';
import { EDITOR_FILE, finding, HOSTILE, PLAN_FILE, SIGNUP_FILE, sampleFindings } from './sample-report.js';

function moved(findings: Finding[], lines: number): Finding[] {
  return findings.map((item) => ({ ...item, line: item.line + lines, endLine: item.endLine + lines }));
}

function errorOf(text: string): string {
  try {
    parseBaseline(text, 'trackplan-baseline.json');
  } catch (error) {
    if (error instanceof UserError) return formatUserError(error);
    throw error;
  }
  throw new Error('parsed without error');
}

describe('createBaseline and formatBaseline', () => {
  it('counts findings per kind, file, event and property, sorted, without lines', () => {
    const baseline = createBaseline(sampleFindings().reverse());
    expect(baseline.version).toBe(1);
    expect(baseline.findings).toEqual([
      { file: 'app/legacy/old #1.js', kind: 'parse-error', count: 1 },
      { file: EDITOR_FILE, kind: 'dynamic', count: 1 },
      { file: EDITOR_FILE, kind: 'naming', event: 'Note Shared', count: 1 },
      { file: EDITOR_FILE, kind: 'undeclared', event: 'Note Shared', count: 2 },
      { file: PLAN_FILE, kind: 'unimplemented', event: 'Workspace Upgraded', count: 1 },
      { file: PLAN_FILE, kind: 'unimplemented', event: HOSTILE, count: 1 },
      { file: SIGNUP_FILE, kind: 'deprecated', event: 'Legacy Signup', count: 1 },
      { file: SIGNUP_FILE, kind: 'property-missing', event: 'Account Created', property: 'referrer', count: 1 },
      { file: SIGNUP_FILE, kind: 'property-type', event: 'Account Created', property: 'plan', count: 1 },
      { file: SIGNUP_FILE, kind: 'property-undeclared', event: 'Account Created', property: HOSTILE, count: 1 },
    ]);
    expect(createBaseline(moved(sampleFindings(), 12))).toEqual(baseline);
  });

  it('writes stable JSON that reads back to the same baseline', () => {
    const baseline = createBaseline(sampleFindings());
    const text = formatBaseline(baseline);
    expect(text.split('\n').slice(0, 14)).toEqual([
      '{',
      '  "version": 1,',
      '  "findings": [',
      '    {',
      '      "file": "app/legacy/old #1.js",',
      '      "kind": "parse-error",',
      '      "count": 1',
      '    },',
      '    {',
      '      "file": "app/ノート/Note Editor.tsx",',
      '      "kind": "dynamic",',
      '      "count": 1',
      '    },',
      '    {',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseBaseline(text, 'b.json')).toEqual(baseline);
    expect(formatBaseline(parseBaseline(text, 'b.json'))).toBe(text);
  });
});

describe('applyBaseline', () => {
  const baseline = createBaseline(sampleFindings());

  it('knows every finding of the baseline, even after the code moved', () => {
    const result = applyBaseline(moved(sampleFindings(), 30), baseline);
    expect(result.fresh).toEqual([]);
    expect(result.known).toHaveLength(11);
    expect(result.fixed).toEqual([]);
  });

  it('reports a finding of another event or property as fresh', () => {
    const added = [
      finding('undeclared', { file: EDITOR_FILE, line: 5, column: 1, endLine: 5, endColumn: 9 }, '"Note Pinned" is not in the plan', { event: 'Note Pinned' }),
      finding('property-type', { file: SIGNUP_FILE, line: 9, column: 70, endLine: 9, endColumn: 74 }, 'x', { event: 'Account Created', property: 'referrer' }),
    ];
    const result = applyBaseline([...sampleFindings(), ...added], baseline);
    expect(result.fresh).toEqual(added);
    expect(result.known).toEqual(sampleFindings());
  });

  it('makes a whole group fresh when it outgrows its count, and lists what was fixed', () => {
    const findings = sampleFindings();
    const extra = finding('undeclared', { file: EDITOR_FILE, line: 140, column: 3, endLine: 140, endColumn: 16 }, '"Note Shared" is not in the plan', {
      event: 'Note Shared',
    });
    const withoutTypeError = findings.filter((item) => item.kind !== 'property-type');
    const result = applyBaseline([...withoutTypeError, extra], baseline);
    expect(result.fresh.map((item) => `${item.kind} ${item.line}`)).toEqual(['undeclared 88', 'undeclared 102', 'undeclared 140']);
    expect(result.known).toHaveLength(8);
    expect(result.fixed).toEqual([{ file: SIGNUP_FILE, kind: 'property-type', event: 'Account Created', property: 'plan', count: 1 }]);

    const oneFixed = applyBaseline(
      findings.filter((item) => !(item.kind === 'undeclared' && item.line === 88)),
      baseline,
    );
    expect(oneFixed.fresh).toEqual([]);
    expect(oneFixed.fixed).toEqual([{ file: EDITOR_FILE, kind: 'undeclared', event: 'Note Shared', count: 1 }]);
  });

  it('tells an absent event apart from an empty one', () => {
    const noEvent = finding('dynamic', { file: 'a.ts', line: 1, column: 1, endLine: 1, endColumn: 2 }, 'x');
    const emptyEvent = { ...noEvent, kind: 'undeclared' as const, event: '' };
    const result = applyBaseline([{ ...noEvent, kind: 'undeclared' }], createBaseline([emptyEvent]));
    expect(result.fresh).toHaveLength(1);
    expect(result.fixed).toEqual([{ file: 'a.ts', kind: 'undeclared', event: '', count: 1 }]);
  });
});

describe('parseBaseline', () => {
  it('sums entries that name the same findings and sorts them', () => {
    const text = JSON.stringify({
      version: 1,
      findings: [
        { file: 'b.ts', kind: 'undeclared', event: 'X', count: 2 },
        { file: 'a.ts', kind: 'dynamic', count: 1 },
        { file: 'b.ts', kind: 'undeclared', event: 'X', count: 3 },
      ],
    });
    expect(parseBaseline(text, 'b.json')).toEqual<Baseline>({
      version: 1,
      findings: [
        { file: 'a.ts', kind: 'dynamic', count: 1 },
        { file: 'b.ts', kind: 'undeclared', event: 'X', count: 5 },
      ],
    });
  });

  it('says where a baseline is broken, with line and column', () => {
    const hint = '\n  Regenerate it with `trackplan check --update-baseline`.';
    expect(errorOf('')).toBe(`trackplan-baseline.json:1:1: the baseline is empty${hint}`);
    expect(errorOf('{\n  "version": 1,\n  "findings": [\n    { "file": "a.ts" "kind": "x" }\n  ]\n}')).toBe(
      'trackplan-baseline.json:4:22: Unexpected double-quoted-scalar token\n  Fix the YAML syntax at that position.',
    );
    expect(errorOf('{"version": 1, "version": 1, "findings": []}')).toBe(
      'trackplan-baseline.json:1:16: duplicate key: each key (and each event) may appear once\n  Fix the YAML syntax at that position.',
    );
    expect(errorOf('[1, 2]')).toBe(`trackplan-baseline.json:1:1: the baseline must be a JSON object with "version": 1 and "findings"${hint}`);
    expect(errorOf('{\n  "version": 2,\n  "findings": []\n}')).toBe(`trackplan-baseline.json:2:14: the baseline must have "version": 1, found 2${hint}`);
    expect(errorOf('{\n  "version": 1\n}')).toBe(`trackplan-baseline.json:1:1: "findings" must be a list, found nothing${hint}`);
    expect(errorOf('{\n  "version": 1,\n  "findings": [\n    { "file": "a.ts", "kind": "undeclard", "count": 1 }\n  ]\n}')).toBe(
      `trackplan-baseline.json:4:31: "kind" must be a finding kind, found "undeclard"; did you mean "undeclared"?${hint}`,
    );
    expect(errorOf('{\n  "version": 1,\n  "findings": [\n    { "file": "a.ts", "kind": "dynamic", "count": 0 }\n  ]\n}')).toBe(
      `trackplan-baseline.json:4:51: "count" must be a whole number of at least 1, found 0${hint}`,
    );
    expect(errorOf('{\n  "version": 1,\n  "findings": [\n    { "file": "a.ts", "kind": "dynamic" }\n  ]\n}')).toBe(
      `trackplan-baseline.json:4:5: "count" must be a whole number of at least 1, found nothing${hint}`,
    );
    expect(errorOf('{\n  "version": 1,\n  "findings": [\n    { "file": "a.ts", "kind": "dynamic", "evnt": "X", "count": 1 }\n  ]\n}')).toBe(
      'trackplan-baseline.json:4:42: unknown key "evnt" in the baseline; did you mean "event"?\n' +
        '  Known keys: file, kind, event, property, count. Regenerate it with `trackplan check --update-baseline`.',
    );
    expect(errorOf('{\n  "version": 1,\n  "findings": [\n    { "file": "a.ts", "kind": "undeclared", "event": 3, "count": 1 }\n  ]\n}')).toBe(
      `trackplan-baseline.json:4:54: "event" must be a string, found 3${hint}`,
    );
    expect(errorOf('{\n  "version": 1,\n  "findings": [\n    "a.ts"\n  ]\n}')).toBe(
      `trackplan-baseline.json:4:5: each baseline entry must be an object, found "a.ts"${hint}`,
    );
  });
});
