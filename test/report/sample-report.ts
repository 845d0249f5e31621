import type { Finding, FindingKind, Report, ReportEvent, SourceLocation } from '../../src/report/types.js';

export const HOSTILE = 'a|b<script>`x`@team\n';
export const PLAN_FILE = 'plans/tracking plan.yaml';
export const EDITOR_FILE = 'app/ノート/Note Editor.tsx';
export const SIGNUP_FILE = 'src/signup/sign up.ts';
export const LEGACY_FILE = 'app/legacy/old #1.js';

function at(file: string, line: number, column: number, length: number): SourceLocation {
  return { file, line, column, endLine: line, endColumn: column + length };
}

export function finding(kind: FindingKind, location: SourceLocation, message: string, extra: Partial<Finding> = {}): Finding {
  return { kind, severity: 'error', message, ...location, ...extra };
}

/** One finding of every kind, in report order (file, line, column, kind, event). */
export function sampleFindings(): Finding[] {
  return [
    finding('parse-error', at(LEGACY_FILE, 12, 9, 1), 'Unexpected token', { severity: 'warning' }),
    finding('dynamic', at(EDITOR_FILE, 54, 30, 24), 'the event name is built at run time: a template with expressions', {
      reason: 'a template with expressions',
      pattern: 'Tour * Completed',
      mayMatch: ['Tour 1 Completed'],
    }),
    finding('undeclared', at(EDITOR_FILE, 88, 22, 13), '"Note Shared" is not in the plan; did you mean "Note Shared With Team"?', {
      event: 'Note Shared',
      suggestion: 'Note Shared With Team',
    }),
    finding('naming', at(EDITOR_FILE, 102, 22, 13), '"Note Shared" is not object-action Title Case', { severity: 'warning', event: 'Note Shared' }),
    finding('undeclared', at(EDITOR_FILE, 102, 22, 13), '"Note Shared" is not in the plan; did you mean "Note Shared With Team"?', {
      event: 'Note Shared',
      suggestion: 'Note Shared With Team',
    }),
    finding('unimplemented', at(PLAN_FILE, 31, 3, 18), '"Workspace Upgraded" is planned but never sent', { event: 'Workspace Upgraded' }),
    finding('unimplemented', at(PLAN_FILE, 40, 3, 21), `"${HOSTILE}" is planned but never sent`, { event: HOSTILE }),
    finding('deprecated', at(SIGNUP_FILE, 3, 19, 15), '"Legacy Signup" is deprecated: Use Account Created', {
      severity: 'warning',
      event: 'Legacy Signup',
    }),
    finding('property-missing', at(SIGNUP_FILE, 9, 40, 22), 'Account Created: required "referrer" is missing', {
      event: 'Account Created',
      property: 'referrer',
    }),
    finding('property-undeclared', at(SIGNUP_FILE, 9, 42, 8), `Account Created: "${HOSTILE}" is not a planned property`, {
      severity: 'warning',
      event: 'Account Created',
      property: HOSTILE,
    }),
    finding('property-type', at(SIGNUP_FILE, 9, 52, 5), 'Account Created: plan is a number, the plan says string', {
      event: 'Account Created',
      property: 'plan',
      expected: 'string',
      actual: 'number',
    }),
  ];
}

function event(name: string, status: ReportEvent['status'], extra: Partial<ReportEvent> = {}): ReportEvent {
  return { name, status, callSites: [], ...extra };
}

/** A realistic report over a small notes app, with hostile names and unicode paths with spaces. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    tool: { name: 'trackplan', version: '1.2.3' },
    root: '.',
    plan: PLAN_FILE,
    summary: {
      planned: 4,
      implemented: 2,
      unimplemented: 2,
      undeclared: 1,
      dynamic: 1,
      coverage: 0.5,
      files: 120,
      filesParsed: 9,
      modulesParsed: 2,
      callSites: 6,
    },
    questions: [
      {
        name: 'activation',
        question: 'Where are people dropping off?',
        metrics: ['Activation rate'],
        planned: 2,
        implemented: 2,
        coverage: 1,
        missing: [],
        answerable: true,
      },
      {
        name: 'retention',
        question: `Who comes back? ${HOSTILE}`,
        metrics: [],
        planned: 3,
        implemented: 1,
        coverage: 0.3333,
        missing: ['Workspace Upgraded', HOSTILE],
        answerable: false,
      },
    ],
    owners: [
      { name: '@growth', planned: 2, implemented: 2, coverage: 1, missing: [] },
      { name: 'billing', planned: 2, implemented: 0, coverage: 0, missing: ['Workspace Upgraded', HOSTILE] },
    ],
    events: [
      event('Account Created', 'implemented', {
        owners: ['@growth'],
        questions: ['activation', 'retention'],
        location: at(PLAN_FILE, 5, 3, 15),
        callSites: [{ file: SIGNUP_FILE, line: 9, column: 19, endLine: 9, endColumn: 36 }],
      }),
      event('App Installed', 'external', { location: at(PLAN_FILE, 25, 3, 13) }),
      event('Integration Enabled', 'implemented', {
        owners: ['@growth'],
        questions: ['activation'],
        location: at(PLAN_FILE, 12, 3, 19),
        callSites: [{ file: EDITOR_FILE, line: 14, column: 21, endLine: 14, endColumn: 42 }],
      }),
      event('Legacy Signup', 'deprecated', {
        deprecated: 'Use Account Created',
        location: at(PLAN_FILE, 28, 3, 13),
        callSites: [{ file: SIGNUP_FILE, line: 3, column: 19, endLine: 3, endColumn: 34 }],
      }),
      event('Note Shared', 'undeclared', {
        callSites: [
          { file: EDITOR_FILE, line: 88, column: 22, endLine: 88, endColumn: 35 },
          { file: EDITOR_FILE, line: 102, column: 22, endLine: 102, endColumn: 35 },
        ],
      }),
      event('Workspace Upgraded', 'unimplemented', { owners: ['billing'], questions: ['retention'], location: at(PLAN_FILE, 31, 3, 18) }),
      event(HOSTILE, 'unimplemented', { owners: ['billing'], questions: ['retention'], location: at(PLAN_FILE, 40, 3, 21) }),
    ],
    callSites: [],
    findings: sampleFindings(),
    outcome: {
      failed: true,
      failOn: 'error',
      failingFindings: { unimplemented: 2, undeclared: 2, dynamic: 1, 'property-missing': 1, 'property-type': 1 },
      belowMinCoverage: false,
    },
    notices: [],
    ...overrides,
  };
}
