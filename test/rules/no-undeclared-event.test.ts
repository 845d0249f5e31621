import { join } from 'node:path';
import rule from '../../rules/no-undeclared-event.js';
import { project, ruleTester } from './tester.js';

const dir = project({
  'tracking-plan.yaml': `version: 1
events:
  Signed Up: {}
  App.Billing.Opened: {}
`,
  'src/events.ts': "export const EVENTS = { SIGNED_UP: 'Signed Up', TYPO: 'Signed Upp' } as const;\n",
  'src/track.ts': "import { analytics } from './client';\nexport function trackEvent(name: string, properties?: object) {\n  analytics.track(name, properties);\n}\nexport const trackArea = (area: string, action: string) => trackEvent(`App.${area}.${action}`);\n",
  'src/client.ts': "export const analytics = { track(name: string, properties?: object) {} };\n",
});
const file = join(dir, 'src/app.ts');

const replace = (event: string, suggestion: string, output: string) => ({ messageId: 'replaceWithPlanned', data: { event, suggestion }, output });

ruleTester(join(dir, 'tracking-plan.yaml')).run('no-undeclared-event', rule, {
  valid: [
    { code: "analytics.track('Signed Up');", filename: file },
    { code: "import { EVENTS } from './events';\nanalytics.track(EVENTS.SIGNED_UP);", filename: file },
    { code: "import { trackArea } from './track';\ntrackArea('Billing', 'Opened');", filename: file },
    { code: 'export function send(name: string) {\n  analytics.track(name);\n}', filename: file },
    { code: 'player.track(2);', filename: file },
    { code: "// trackplan-ignore-next-line\nanalytics.track('Whatever');", filename: file },
  ],
  invalid: [
    {
      code: "analytics.track('Signed Upp');",
      filename: file,
      errors: [
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'Signed Upp', suggestion: 'Signed Up' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 29,
          suggestions: [replace('Signed Upp', 'Signed Up', "analytics.track('Signed Up');")],
        },
      ],
    },
    {
      code: 'function signup() {\r\n  /* 🎉 */ window.analytics?.track("signed_up", {});\r\n  analytics.track(`Signd Up`);\r\n}',
      filename: file,
      errors: [
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'signed_up', suggestion: 'Signed Up' },
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 47,
          suggestions: [replace('signed_up', 'Signed Up', 'function signup() {\r\n  /* 🎉 */ window.analytics?.track("Signed Up", {});\r\n  analytics.track(`Signd Up`);\r\n}')],
        },
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'Signd Up', suggestion: 'Signed Up' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 29,
          suggestions: [replace('Signd Up', 'Signed Up', 'function signup() {\r\n  /* 🎉 */ window.analytics?.track("signed_up", {});\r\n  analytics.track(`Signed Up`);\r\n}')],
        },
      ],
    },
    {
      code: "analytics.track('Completely Different');",
      filename: file,
      errors: [{ messageId: 'undeclared', data: { event: 'Completely Different' }, line: 1, column: 17, endLine: 1, endColumn: 39, suggestions: [] }],
    },
    {
      code: "import { EVENTS } from './events';\nanalytics.track(EVENTS.TYPO);",
      filename: file,
      errors: [{ messageId: 'undeclaredWithSuggestion', data: { event: 'Signed Upp', suggestion: 'Signed Up' }, line: 2, column: 17, endLine: 2, endColumn: 28, suggestions: [] }],
    },
    {
      code: "import { trackEvent, trackArea } from './track';\ntrackEvent('Sined Up');\ntrackArea('Biling', 'Opened');",
      filename: file,
      errors: [
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'Sined Up', suggestion: 'Signed Up' },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 22,
          suggestions: [replace('Sined Up', 'Signed Up', "import { trackEvent, trackArea } from './track';\ntrackEvent('Signed Up');\ntrackArea('Biling', 'Opened');")],
        },
        { messageId: 'undeclaredWithSuggestion', data: { event: 'App.Biling.Opened', suggestion: 'App.Billing.Opened' }, line: 3, column: 11, endLine: 3, endColumn: 19, suggestions: [] },
      ],
    },
    {
      code: "const send = (event: string) => analytics.track(event);\nsend('Signed Upp');",
      filename: file,
      errors: [
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'Signed Upp', suggestion: 'Signed Up' },
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 18,
          suggestions: [replace('Signed Upp', 'Signed Up', "const send = (event: string) => analytics.track(event);\nsend('Signed Up');")],
        },
      ],
    },
  ],
});

const broken = project({ 'tracking-plan.yaml': 'version: 1\nevents:\n  Signed Up:\n    properties:\n      plan: { type: strng }\n' });

ruleTester(join(broken, 'tracking-plan.yaml')).run('no-undeclared-event with a broken plan', rule, {
  valid: [],
  invalid: [
    {
      code: "analytics.track('Signed Up');\nanalytics.track('Other');",
      filename: join(broken, 'src/app.ts'),
      errors: [
        {
          messageId: 'brokenPlan',
          data: {
            message: `${join(broken, 'tracking-plan.yaml')}:5:21: "strng" is not allowed for "events.Signed Up.properties.plan.type"; did you mean "string"? Allowed: string, number, integer, boolean, object, array, null, any.`,
          },
          line: 1,
          column: 1,
        },
      ],
    },
  ],
});

const elsewhere = project({ 'src/app.ts': '' });

ruleTester().run('no-undeclared-event with the plan found upwards', rule, {
  valid: [
    { code: "analytics.track('Anything');", filename: join(elsewhere, 'src/app.ts') },
    { code: "analytics.track('Signed Upp');", filename: join(dir, 'src/signup.test.ts') },
    { code: "analytics.track('Signed Upp');", filename: join(dir, 'src/__mocks__/analytics.ts') },
  ],
  invalid: [
    {
      code: "analytics.track('Signed Upp');",
      filename: join(dir, 'src/signup.ts'),
      errors: [
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'Signed Upp', suggestion: 'Signed Up' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 29,
          suggestions: [replace('Signed Upp', 'Signed Up', "analytics.track('Signed Up');")],
        },
      ],
    },
  ],
});
