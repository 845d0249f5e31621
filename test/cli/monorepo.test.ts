import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.js';

interface Shape {
  plan: string;
  callSites: { file: string; line: number; via: string; names: string[] }[];
  findings: { kind: string; event?: string }[];
}

describe('a monorepo checked from one of its packages', () => {
  it('finds the plan above, resolves workspace packages and learns the wrappers sibling packages define', () => {
    const root = copyFixture('monorepo');
    const fromPackage = runCli(['check', '--format', 'json'], join(root, 'apps', 'web'));
    const report = JSON.parse(fromPackage.stdout) as Shape;
    expect(report.plan).toBe('../../tracking-plan.yaml');
    expect(report.callSites.map((call) => `${call.file}:${call.line} ${call.via} ${call.names.join('|')}`)).toEqual([
      'src/features/checkout.tsx:5 wrapper Checkout Started',
      'src/features/product.tsx:6 wrapper Product Viewed',
      'src/features/product.tsx:7 wrapper Products Searched',
    ]);
    expect(report.findings.map((finding) => `${finding.kind} ${finding.event ?? ''}`)).toEqual(['unimplemented Order Completed']);
    const fromRoot = JSON.parse(runCli(['check', '--format', 'json'], root).stdout) as Shape;
    expect(fromRoot.callSites.filter((call) => call.file.startsWith('apps/web/')).map((call) => `${call.file.slice('apps/web/'.length)}:${call.line} ${call.via} ${call.names.join('|')}`)).toEqual(
      report.callSites.map((call) => `${call.file}:${call.line} ${call.via} ${call.names.join('|')}`),
    );
  });
});
