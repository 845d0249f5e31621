import { expect, test } from 'vitest';
import { planDocs } from '../../src/plan/docs.js';
import { parsePlan } from '../../src/plan/load.js';
import { escapeMarkdown } from '../../src/plan/markdown.js';
import type { Report, SourceLocation } from '../../src/report/types.js';

const plan = parsePlan(
  `version: 1
commonProperties:
  app_version: { type: string, required: true }
questions:
  activation:
    question: Where are people dropping off in our product?
    metrics: [Activation rate]
    events: [Account Created, Integration Enabled]
events:
  Account Created:
    description: A visitor finished sign-up | now has an account.
    owner: [growth, web]
    where: "src/signup/**"
    properties:
      referrer: { type: string, required: true, description: URL the visitor came from }
      plan: { type: string, enum: [free, pro] }
      settings: { type: object, properties: { scope: string } }
      tags: { type: array, items: string }
  Integration Enabled: {}
  "Clicked *Buy* <now>":
    properties: {}
  App Installed:
    sources: [ios]
  Legacy Signup:
    deprecated: Use Account Created
`,
  'tracking-plan.yaml',
);

function at(file: string, line: number, column: number): SourceLocation {
  return { file, line, column, endLine: line, endColumn: column + 10 };
}

const report: Report = {
  version: 1,
  tool: { name: 'trackplan', version: '0.1.0' },
  root: '.',
  plan: 'tracking-plan.yaml',
  summary: { planned: 3, implemented: 2, unimplemented: 1, undeclared: 1, dynamic: 0, coverage: 0.6667, files: 10, filesParsed: 4, modulesParsed: 0, callSites: 4 },
  questions: [
    { name: 'activation', question: 'Where are people dropping off in our product?', metrics: ['Activation rate'], planned: 2, implemented: 1, coverage: 0.5, missing: ['Integration Enabled'], answerable: false },
  ],
  owners: [],
  events: [
    { name: 'Account Created', status: 'implemented', callSites: [at('src/signup/form.ts', 3, 5), at('src/signup/oauth_flow.ts', 12, 7)] },
    { name: 'App Installed', status: 'external', callSites: [] },
    { name: 'Clicked *Buy* <now>', status: 'implemented', callSites: [at('src/shop.ts', 8, 3)] },
    { name: 'Integration Enabled', status: 'unimplemented', callSites: [] },
    { name: 'Legacy Signup', status: 'deprecated', callSites: [] },
    { name: 'Signup_Done', status: 'undeclared', callSites: [at('src/old.ts', 2, 1)] },
  ],
  callSites: [],
  findings: [],
  notices: [],
  outcome: { failed: false, failOn: 'error', failingFindings: {}, belowMinCoverage: false },
};

test('a stakeholder page: questions, metrics, events with owners, status, call sites and properties', () => {
  expect(planDocs(plan, report)).toBe(
    [
      '# Tracking plan',
      '',
      'The events the product sends, and why: from `tracking-plan.yaml`.',
      '',
      '**Coverage:** 2 of 3 planned events are sent from the code (66%).',
      '',
      '## Questions',
      '',
      '### Where are people dropping off in our product?',
      '',
      'Question `activation`.',
      '',
      '**Metrics:** Activation rate',
      '',
      '**Answerable now:** no, 1 of its 2 events are missing',
      '',
      '| Event | Status |',
      '| --- | --- |',
      '| Account Created | implemented |',
      '| Integration Enabled | not implemented yet |',
      '',
      '## Events',
      '',
      '### Account Created',
      '',
      'A visitor finished sign\\-up \\| now has an account.',
      '',
      '- **Owner:** growth, web',
      '- **Status:** implemented, sent from src/signup/form.ts:3:5, src/signup/oauth\\_flow.ts:12:7',
      '- **Where in the code:** src/signup/\\*\\*',
      '- **Answers:** activation',
      '',
      '| Property | Type | Required | Description |',
      '| --- | --- | --- | --- |',
      '| referrer | string | yes | URL the visitor came from |',
      '| plan | string, one of: "free", "pro" | no |  |',
      '| settings | object | no |  |',
      '| settings.scope | string | no |  |',
      '| tags | array of string | no |  |',
      '',
      '### Integration Enabled',
      '',
      '- **Status:** not implemented yet',
      '- **Answers:** activation',
      '',
      'Its properties are not specified.',
      '',
      '### Clicked \\*Buy\\* \\<now\\>',
      '',
      '- **Status:** implemented, sent from src/shop.ts:8:3',
      '',
      'No properties: the event is sent without any.',
      '',
      '### App Installed',
      '',
      '- **Status:** sent by another source',
      '- **Sources:** ios',
      '',
      'Its properties are not specified.',
      '',
      '### Legacy Signup',
      '',
      '- **Status:** deprecated',
      '- **Deprecated**: Use Account Created',
      '',
      'Its properties are not specified.',
      '',
      '## Properties sent with every event',
      '',
      '| Property | Type | Required | Description |',
      '| --- | --- | --- | --- |',
      '| app\\_version | string | yes |  |',
      '',
      '## Sent but not in the plan',
      '',
      '- Signup\\_Done: src/old.ts:2:1',
      '',
    ].join('\n'),
  );
});

test('without a report the page has no status, and the questions list their events alone', () => {
  const page = planDocs(plan);
  expect(page).not.toContain('Status');
  expect(page).not.toContain('Coverage');
  expect(page).toContain('| Event |\n| --- |\n| Account Created |\n| Integration Enabled |\n');
});

test('escapeMarkdown leaves text from a plan inert', () => {
  expect(escapeMarkdown('1. [x](javascript:alert(1)) <b>|\n#tag ~~no~~ `code` &amp;')).toBe(
    '1\\. \\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\| \\#tag \\~\\~no\\~\\~ \\`code\\` \\&amp;',
  );
});
