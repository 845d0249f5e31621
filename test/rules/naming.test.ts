import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES } from '../../src/config/defaults.js';
import { diff } from '../../src/diff/diff.js';
import { namingFindings } from '../../src/diff/naming.js';
import { checkName } from '../../src/plan/conventions.js';
import type { CallSite } from '../../src/extract/types.js';
import type { NamingConvention } from '../../src/plan/types.js';
import { parsePlan } from '../../src/plan/load.js';

const span = (line: number, column: number, length: number) => ({ line, column, endLine: line, endColumn: column + length });

function site(line: number, names: string[], keys: string[] = [], extra: Partial<CallSite> = {}): CallSite {
  return {
    file: 'src/a.ts',
    position: span(line, 17, 10),
    callee: 'analytics.track',
    via: 'direct',
    name: { kind: 'static', names, resolution: 'literal' },
    properties: { entries: keys.map((key, index) => ({ key, keyPosition: span(line, 40 + index * 10, key.length), valuePosition: span(line, 50, 1), value: { type: 'unknown' } })), open: false, position: span(line, 30, 30) },
    analytics: true,
    ...extra,
  };
}

describe('checkName', () => {
  const cases: [NamingConvention, string[], string[]][] = [
    ['object-action', ['Account Created', 'Order 2 Shipped', 'App.Billing Opened'], ['Account', 'account created', 'Account created', 'Account  Created']],
    ['Title Case', ['Account', 'Account Created'], ['account', 'Account created']],
    ['snake_case', ['account_created', 'step2_done'], ['Account_created', 'account__created', 'accountCreated', '_x']],
    ['camelCase', ['accountCreated', 'x'], ['AccountCreated', 'account_created']],
    [{ pattern: '^[A-Z][a-z]+$' }, ['Signup'], ['SignUp', 'signup']],
  ];
  for (const [convention, good, bad] of cases) {
    it(`tells names that follow ${JSON.stringify(convention)} from names that do not`, () => {
      expect(good.map((name) => checkName(name, convention))).toEqual(good.map(() => true));
      expect(bad.map((name) => checkName(name, convention))).toEqual(bad.map(() => false));
    });
  }
});

describe('namingFindings', () => {
  const plan = parsePlan(
    `version: 1
conventions:
  event: Title Case
  property: snake_case
commonProperties:
  appVersion: string
events:
  Signed Up:
    properties:
      planName: string
  legacy_event: {}
`,
    'plan.yaml',
  );

  it('reports undeclared names and keys against the conventions, at the name and at the key', () => {
    const findings = namingFindings(
      [
        site(1, ['signed_up'], ['planName', 'refUrl']),
        site(2, ['Signed Up'], ['planName', 'appVersion', 'seatCount']),
        site(3, ['legacy_event', 'other_event'], ['okay_key']),
        site(4, ['bad_name'], ['badKey'], { via: 'forward' }),
      ],
      plan,
    );
    expect(findings.map((finding) => `${finding.line}:${finding.column}-${finding.endColumn} ${finding.event ?? '-'} ${finding.property ?? '-'} ${finding.message}`)).toEqual([
      '1:17-27 signed_up - event name "signed_up" does not follow the plan\'s convention: Title Case ("Account Created")',
      '1:40-48 signed_up planName property "planName" does not follow the plan\'s convention: snake_case ("account_created")',
      '1:50-56 signed_up refUrl property "refUrl" does not follow the plan\'s convention: snake_case ("account_created")',
      '2:60-69 Signed Up seatCount property "seatCount" does not follow the plan\'s convention: snake_case ("account_created")',
      '3:17-27 other_event - event name "other_event" does not follow the plan\'s convention: Title Case ("Account Created")',
    ]);
  });

  it('finds nothing when the plan sets no conventions', () => {
    const plain = parsePlan('version: 1\nevents:\n  Signed Up: {}\n', 'plan.yaml');
    expect(namingFindings([site(1, ['signed_up'], ['refUrl'])], plain)).toEqual([]);
  });

  it('is part of diff, as warnings by default, sorted with the other findings', () => {
    const result = diff({ plan, callSites: [site(1, ['Signed Up'], ['refUrl'])], scanFindings: [], severities: DEFAULT_SEVERITIES });
    expect(result.findings.filter((finding) => finding.file === 'src/a.ts').map((finding) => `${finding.kind} ${finding.severity} ${finding.column}`)).toEqual(['naming warning 40', 'property-undeclared warning 40']);
    const off = diff({ plan, callSites: [site(1, ['Signed Up'], ['refUrl'])], scanFindings: [], severities: { ...DEFAULT_SEVERITIES, naming: 'off' } });
    expect(off.findings.filter((finding) => finding.kind === 'naming')).toEqual([]);
  });
});
