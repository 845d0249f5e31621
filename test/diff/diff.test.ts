import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES } from '../../src/config/defaults.js';
import { diff } from '../../src/diff/diff.js';
import type { CallSite, NameResolution } from '../../src/extract/types.js';
import { parsePlan } from '../../src/plan/load.js';

const plan = parsePlan(
  `version: 1
source: web
questions:
  activation:
    events: [Account Created, Data Sent]
events:
  Account Created:
    owner: growth
  Data Sent:
    owner: [growth, data]
  Signed Up:
    owner: growth
  Tour Step Completed: {}
  App Installed:
    sources: [ios]
  Legacy Signup:
    deprecated: Use Account Created
`,
  'plan.yaml',
);

function site(line: number, name: NameResolution, extra: Partial<CallSite> = {}): CallSite {
  return { file: 'src/a.ts', position: { line, column: 3, endLine: line, endColumn: 10 }, callee: 'analytics.track', via: 'direct', name, analytics: true, ...extra };
}

const literal = (...names: string[]): NameResolution => ({ kind: 'static', names, resolution: 'literal' });

describe('diff', () => {
  it('gives statuses, coverage, unimplemented findings at the plan key, and counts per question and owner', () => {
    const result = diff({ plan, callSites: [site(1, literal('Account Created')), site(2, literal('Legacy Signup'))], scanFindings: [], source: 'web', severities: DEFAULT_SEVERITIES });
    expect(result.events.map((event) => `${event.name}: ${event.status} (${event.callSites.length})`)).toEqual([
      'Account Created: implemented (1)',
      'App Installed: external (0)',
      'Data Sent: unimplemented (0)',
      'Legacy Signup: deprecated (1)',
      'Signed Up: unimplemented (0)',
      'Tour Step Completed: unimplemented (0)',
    ]);
    expect([result.planned, result.implemented, result.coverage]).toEqual([4, 1, 0.25]);
    expect(result.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.kind} ${finding.severity} ${finding.message}`)).toEqual([
      'plan.yaml:9:3 unimplemented error "Data Sent" is planned but never sent',
      'plan.yaml:11:3 unimplemented error "Signed Up" is planned but never sent',
      'plan.yaml:13:3 unimplemented error "Tour Step Completed" is planned but never sent',
      'src/a.ts:2:3 deprecated warning "Legacy Signup" is deprecated: Use Account Created',
    ]);
    expect(result.questions).toEqual([{ name: 'activation', planned: 2, implemented: 1, coverage: 0.5, missing: ['Data Sent'], metrics: [], answerable: false }]);
    expect(result.owners.map((owner) => `${owner.name} ${owner.implemented}/${owner.planned}`)).toEqual(['data 0/1', 'growth 1/3']);
  });

  it('suggests the nearest planned name: normalized-equal first, then within the edit distance', () => {
    const result = diff({
      plan,
      callSites: [site(1, literal('signed_up')), site(2, literal('Acount Created')), site(3, literal('Completely Different'))],
      scanFindings: [],
      source: 'web',
      severities: DEFAULT_SEVERITIES,
    });
    expect(result.findings.filter((finding) => finding.kind === 'undeclared').map((finding) => [finding.event, finding.suggestion])).toEqual([
      ['signed_up', 'Signed Up'],
      ['Acount Created', 'Account Created'],
      ['Completely Different', undefined],
    ]);
    expect(result.undeclared).toBe(3);
  });

  it('lists the planned events a dynamic pattern may match but never counts them implemented', () => {
    const dynamicSite = site(4, { kind: 'dynamic', reason: 'a template with expressions', pattern: 'Tour * Completed' });
    const result = diff({ plan, callSites: [dynamicSite], scanFindings: [], source: 'web', severities: DEFAULT_SEVERITIES });
    const finding = result.findings.find((candidate) => candidate.kind === 'dynamic');
    expect(finding).toMatchObject({ severity: 'error', pattern: 'Tour * Completed', mayMatch: ['Tour Step Completed'], reason: 'a template with expressions' });
    expect(finding?.message).toBe('event name is not statically known: a template with expressions; pattern "Tour * Completed" (may match: Tour Step Completed)');
    expect(result.events.find((event) => event.name === 'Tour Step Completed')?.status).toBe('unimplemented');
  });

  it('makes a dynamic name from a callee not known to be analytics a warning, and honours configured severities', () => {
    const unknown = site(5, { kind: 'dynamic', reason: 'a global variable' }, { analytics: false });
    const result = diff({ plan, callSites: [unknown, site(6, literal('Nope'))], scanFindings: [], source: 'web', severities: { ...DEFAULT_SEVERITIES, undeclared: 'off', unimplemented: 'warning' } });
    expect(result.findings.map((finding) => `${finding.kind}:${finding.severity}`)).toEqual([
      'unimplemented:warning',
      'unimplemented:warning',
      'unimplemented:warning',
      'unimplemented:warning',
      'dynamic:warning',
    ]);
  });

  it('never counts a forward, and has null coverage when nothing is planned', () => {
    const forward = site(7, literal('Account Created'), { via: 'forward' });
    expect(diff({ plan, callSites: [forward], scanFindings: [], source: 'web', severities: DEFAULT_SEVERITIES }).implemented).toBe(0);
    const empty = parsePlan('version: 1\nevents: {}\n', 'empty.yaml');
    expect(diff({ plan: empty, callSites: [], scanFindings: [], severities: DEFAULT_SEVERITIES }).coverage).toBeNull();
  });
});
