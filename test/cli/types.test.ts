import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { watchProject } from '../../src/watch.js';
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

describe('type-aware mode in the other commands that report', () => {
  const statuses = (page: string): string[] => page.split('\n').filter((line) => line.startsWith('**Coverage:**') || line.startsWith('- **Status:**'));

  it('plan docs: with --types, or `types: true` in the config, the events named by a union type are implemented', () => {
    const dir = copyFixture('typed-service');
    expect(statuses(runCli(['plan', 'docs'], dir).stdout)).toEqual([
      '**Coverage:** 1 of 3 planned events are sent from the code (33%).',
      '- **Status:** not implemented yet',
      '- **Status:** not implemented yet',
      '- **Status:** implemented, sent from src/payments.ts:20:19',
    ]);
    const typed = [
      '**Coverage:** 3 of 3 planned events are sent from the code (100%).',
      '- **Status:** implemented, sent from src/payments.ts:11:19',
      '- **Status:** implemented, sent from src/payments.ts:11:19',
      '- **Status:** implemented, sent from src/payments.ts:20:19',
    ];
    expect(statuses(runCli(['plan', 'docs', '--types'], dir).stdout)).toEqual(typed);
    writeFileSync(join(dir, 'trackplan.config.json'), JSON.stringify({ types: true }));
    expect(statuses(runCli(['plan', 'docs'], dir).stdout)).toEqual(typed);
  });

  it('the dashboard: its reports come through the type checker when asked', async () => {
    const dir = copyFixture('typed-service');
    const reports: Report[] = [];
    const errors: unknown[] = [];
    const live = watchProject({ root: dir, cwd: dir, types: true }, { onReport: (report) => reports.push(report), onError: (error) => errors.push(error) });
    await live.refresh([]);
    expect(errors).toEqual([]);
    expect(reports[0]?.callSites.map((call) => `${call.line} ${call.resolution} ${call.names.join('|')}`)).toEqual([
      '11 types Payment Failed|Payment Succeeded',
      '20 literal Refund Issued',
    ]);
  });
});
