import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

interface Shape {
  callSites: { line: number; names: string[]; resolution: string; properties?: string[] }[];
  findings: { kind: string; line: number; column: number; event?: string; property?: string; message: string }[];
}

function check(args: string[]): Shape {
  const result = runCli(['check', '--format', 'json', ...args], copyFixture('typed-service'));
  const report = JSON.parse(result.stdout) as Shape;
  assertValidReport(report);
  return report;
}

describe('type-aware mode (--types)', () => {
  it('without it: the union-typed name is dynamic, and no finding is raised on unknown types', () => {
    const report = check([]);
    expect(report.callSites.map((call) => `${call.line} ${call.resolution} ${call.names.join('|')} ${call.properties?.join(',') ?? '?'}`)).toEqual([
      '11 dynamic  amount,currency,reason',
      '20 literal Refund Issued ?',
    ]);
    expect(report.findings.filter((finding) => finding.kind.startsWith('property'))).toEqual([]);
  });

  it('with it: names from a union of string literals, types of values, and keys of a typed properties object', () => {
    const report = check(['--types']);
    expect(report.callSites.map((call) => `${call.line} ${call.resolution} ${call.names.join('|')} ${call.properties?.join(',') ?? '?'}`)).toEqual([
      '11 types Payment Failed|Payment Succeeded amount,currency,reason',
      '20 literal Refund Issued amount,note',
    ]);
    expect(report.findings.map((finding) => `${finding.line}:${finding.column} ${finding.kind} ${finding.message}`)).toEqual([
      '11:38 property-type Payment Failed: "amount" is a string, the plan says number',
      '11:38 property-type Payment Succeeded: "amount" is a string, the plan says number',
      '11:53 property-undeclared Payment Failed: property "currency" is not in the plan',
      '11:63 property-type Payment Succeeded: "currency" is "GBP", the plan allows "EUR", "USD"',
      '11:80 property-undeclared Payment Succeeded: property "reason" is not in the plan',
      '20:36 property-undeclared Refund Issued: property "note" is not in the plan',
    ]);
  });
});
