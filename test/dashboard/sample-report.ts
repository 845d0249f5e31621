import type { ReportEvent, Finding, Report, ReportCallSite } from '../../src/report/types.js';

/** An event name sent from code that tries to restyle the terminal. */
export const HOSTILE_EVENT = '\u001b[31mEvil\u001b[0m Clicked';

const at = (file: string, line: number, column: number, length = 10) => ({ file, line, column, endLine: line, endColumn: column + length });

const events: ReportEvent[] = [
  { name: HOSTILE_EVENT, status: 'undeclared', callSites: [at('app/debug/panel.tsx', 5, 19)] },
  {
    name: 'Account Created',
    status: 'implemented',
    description: 'A visitor finished sign-up and now has an account.',
    owners: ['growth'],
    questions: ['activation'],
    location: at('tracking-plan.yaml', 14, 3),
    properties: [
      { name: 'plan', types: ['string'], required: false, enum: ['free', 'pro'] },
      { name: 'referrer', types: ['string'], required: true, description: 'URL the visitor came from' },
    ],
    callSites: [at('app/signup/form.tsx', 31, 7)],
  },
  {
    name: 'App Installed',
    status: 'external',
    owners: ['mobile'],
    location: at('tracking-plan.yaml', 22, 3),
    callSites: [],
  },
  {
    name: 'Export Scheduled',
    status: 'unimplemented',
    description: 'A user scheduled a recurring export.',
    owners: ['insights'],
    location: at('tracking-plan.yaml', 58, 3),
    callSites: [],
  },
  {
    name: 'Invoice Paid',
    status: 'implemented',
    owners: ['billing'],
    location: at('tracking-plan.yaml', 40, 3),
    properties: [{ name: 'amount', types: ['number'], required: true }],
    callSites: [at('app/billing/invoice.ts', 63, 18)],
  },
  {
    name: 'Legacy Signup',
    status: 'deprecated',
    deprecated: 'Use Account Created',
    location: at('tracking-plan.yaml', 66, 3),
    callSites: [at('app/legacy/signup.js', 12, 19)],
  },
  {
    name: 'Note Created',
    status: 'implemented',
    description: 'A user created their first or any later note.',
    owners: ['growth'],
    questions: ['activation', 'retention'],
    location: at('tracking-plan.yaml', 8, 3),
    properties: [
      { name: 'source', types: ['string'], required: false, enum: ['web', 'ios', 'import'] },
      { name: 'template_id', types: ['string'], required: true },
    ],
    callSites: [at('app/import/run.ts', 40, 16), at('app/notes/create.ts', 14, 21), at('app/notes/create.ts', 27, 21)],
  },
  { name: 'Note Pinned', status: 'undeclared', callSites: [at('app/notes/editor.tsx', 102, 22)] },
  { name: 'Note Shared', status: 'undeclared', callSites: [at('app/notes/editor.tsx', 88, 22)] },
  {
    name: 'Note Shared With Team',
    status: 'implemented',
    owners: ['growth'],
    questions: ['retention'],
    location: at('tracking-plan.yaml', 26, 3),
    callSites: [at('app/notes/share.ts', 9, 16)],
  },
  {
    name: 'Workspace Upgraded',
    status: 'unimplemented',
    owners: ['billing'],
    questions: ['retention'],
    location: at('tracking-plan.yaml', 31, 3),
    callSites: [],
  },
];

const call = (
  location: ReturnType<typeof at>,
  callee: string,
  names: string[],
  resolution: ReportCallSite['resolution'],
  extra: Partial<ReportCallSite> = {},
): ReportCallSite => ({ ...location, callee, via: 'direct', names, resolution, ...extra });

const callSites: ReportCallSite[] = [
  call(at('app/analytics.ts', 4, 19), 'analytics.track', [], 'dynamic', { via: 'forward', reason: 'parameter of a wrapper' }),
  call(at('app/billing/invoice.ts', 63, 18), 'analytics.track', ['Invoice Paid'], 'constant', { properties: ['amount'] }),
  call(at('app/debug/panel.tsx', 5, 19), 'analytics.track', [HOSTILE_EVENT], 'literal'),
  call(at('app/import/run.ts', 40, 16), 'trackEvent', ['Note Created'], 'import', { via: 'wrapper', properties: ['source'] }),
  call(at('app/legacy/signup.js', 12, 19), 'analytics.track', ['Legacy Signup'], 'literal'),
  call(at('app/lib/flags.ts', 19, 21), 'analytics.track', [], 'dynamic', { reason: "a function's result" }),
  call(at('app/notes/actions.ts', 22, 19), 'analytics.track', [], 'dynamic', {
    reason: 'a template with expressions',
    pattern: 'Note *',
  }),
  call(at('app/notes/create.ts', 14, 21), 'analytics.track', ['Note Created'], 'import', { properties: ['draft', 'source', 'template_id'] }),
  call(at('app/notes/create.ts', 27, 21), 'analytics.track', ['Note Created'], 'import', { properties: ['source'] }),
  call(at('app/notes/editor.tsx', 88, 22), 'analytics.track', ['Note Shared'], 'literal'),
  call(at('app/notes/editor.tsx', 102, 22), 'analytics.track', ['Note Pinned'], 'literal'),
  call(at('app/notes/share.ts', 9, 16), 'trackEvent', ['Note Shared With Team'], 'import', { via: 'wrapper' }),
  call(at('app/signup/form.tsx', 31, 7), 'analytics.track', ['Account Created'], 'import', { properties: ['referrer'] }),
];

const finding = (kind: Finding['kind'], severity: Finding['severity'], location: ReturnType<typeof at>, message: string, extra: Partial<Finding> = {}): Finding => ({
  kind,
  severity,
  ...location,
  message,
  ...extra,
});

const findings: Finding[] = [
  finding('property-type', 'error', at('app/billing/invoice.ts', 63, 40, 6), 'Invoice Paid: "amount" is a string, the plan says number', {
    event: 'Invoice Paid',
    property: 'amount',
    expected: 'number',
    actual: 'string',
  }),
  finding('undeclared', 'error', at('app/debug/panel.tsx', 5, 19), `"${HOSTILE_EVENT}" is not in the plan`, { event: HOSTILE_EVENT }),
  finding('parse-error', 'warning', at('app/legacy/old.js', 12, 9, 1), 'Unexpected token: expected ")"'),
  finding('deprecated', 'warning', at('app/legacy/signup.js', 12, 19), '"Legacy Signup" is deprecated: Use Account Created', {
    event: 'Legacy Signup',
  }),
  finding('dynamic', 'error', at('app/lib/flags.ts', 19, 21), "The event name is not known statically: a function's result", {
    reason: "a function's result",
  }),
  finding('dynamic', 'error', at('app/notes/actions.ts', 22, 19), 'The event name is not known statically: a template with expressions', {
    reason: 'a template with expressions',
    pattern: 'Note *',
    mayMatch: ['Note Created', 'Note Shared With Team'],
  }),
  finding('property-undeclared', 'warning', at('app/notes/create.ts', 15, 27, 5), 'Note Created: "draft" is not a planned property', {
    event: 'Note Created',
    property: 'draft',
  }),
  finding('property-missing', 'error', at('app/notes/create.ts', 27, 42, 20), 'Note Created: required "template_id" is missing', {
    event: 'Note Created',
    property: 'template_id',
  }),
  finding('undeclared', 'error', at('app/notes/editor.tsx', 88, 22), '"Note Shared" is not in the plan; did you mean "Note Shared With Team"?', {
    event: 'Note Shared',
    suggestion: 'Note Shared With Team',
  }),
  finding('undeclared', 'error', at('app/notes/editor.tsx', 102, 22), '"Note Pinned" is not in the plan', { event: 'Note Pinned' }),
  finding('unimplemented', 'error', at('tracking-plan.yaml', 31, 3), '"Workspace Upgraded" is planned but never sent', {
    event: 'Workspace Upgraded',
  }),
  finding('unimplemented', 'error', at('tracking-plan.yaml', 58, 3), '"Export Scheduled" is planned but never sent', {
    event: 'Export Scheduled',
  }),
];

export const sampleReport: Report = {
  version: 1,
  tool: { name: 'trackplan', version: '0.1.0' },
  root: '.',
  plan: 'tracking-plan.yaml',
  summary: {
    planned: 6,
    implemented: 4,
    unimplemented: 2,
    undeclared: 3,
    dynamic: 2,
    coverage: 0.6667,
    files: 1204,
    filesParsed: 57,
    modulesParsed: 6,
    callSites: 13,
  },
  questions: [
    { name: 'activation', question: 'Where are people dropping off?', metrics: ['Activation rate'], planned: 2, implemented: 2, coverage: 1, missing: [], answerable: true },
    { name: 'retention', metrics: [], planned: 3, implemented: 2, coverage: 0.6667, missing: ['Workspace Upgraded'], answerable: false },
  ],
  owners: [
    { name: 'billing', planned: 2, implemented: 1, coverage: 0.5, missing: ['Workspace Upgraded'] },
    { name: 'growth', planned: 3, implemented: 3, coverage: 1, missing: [] },
    { name: 'insights', planned: 1, implemented: 0, coverage: 0, missing: ['Export Scheduled'] },
  ],
  events,
  callSites,
  findings,
  notices: [],
  outcome: { failed: true, failOn: 'error', failingFindings: { unimplemented: 2, undeclared: 3, dynamic: 2, 'property-missing': 1, 'property-type': 1 }, belowMinCoverage: false },
};

const SOURCE: Record<string, Record<number, string>> = {
  'app/billing/invoice.ts': { 63: '    analytics.track(BILLING.INVOICE_PAID, { amount: total.toFixed(2) });' },
  'app/debug/panel.tsx': { 5: `  analytics.track('${HOSTILE_EVENT}');` },
  'app/import/run.ts': { 40: '    trackEvent(NOTE_EVENTS.CREATED, { ...meta, source: \'import\' })' },
  'app/legacy/signup.js': { 12: "  analytics.track('Legacy Signup', { plan });" },
  'app/lib/flags.ts': { 19: '  analytics.track(flagEvent(name), { flag: name });' },
  'app/notes/actions.ts': { 22: '  analytics.track(`Note ${action}`, { note_id: id });' },
  'app/notes/create.ts': {
    14: '  analytics.track(NOTE_EVENTS.CREATED, {',
    15: '    template_id, source, draft: true,',
    27: "  analytics.track(NOTE_EVENTS.CREATED, { source: 'import' });",
  },
  'app/notes/editor.tsx': { 88: "      analytics.track('Note Shared', { note_id });", 102: "      analytics.track('Note Pinned');" },
  'app/notes/share.ts': { 9: '  trackEvent(NOTE_EVENTS.SHARED, { team_id });' },
  'app/signup/form.tsx': { 31: '      analytics.track(ACCOUNT_CREATED, { referrer: document.referrer });' },
  'tracking-plan.yaml': {
    8: '  Note Created:',
    14: '  Account Created:',
    26: '  Note Shared With Team:',
    31: '  Workspace Upgraded:',
    40: '  Invoice Paid:',
    58: '  Export Scheduled:',
    66: '  Legacy Signup:',
  },
};

export function readSampleLine(file: string, line: number): string | undefined {
  return SOURCE[file]?.[line];
}
