import { join } from 'node:path';
import rule from '../../rules/event-name-convention.js';
import { project, ruleTester } from './tester.js';

const OBJECT_ACTION = 'object-action (an object, then a past-tense action, in Title Case: "Account Created")';
const SNAKE_CASE = 'snake_case ("account_created")';

const dir = project({
  'tracking-plan.yaml': `version: 1
conventions:
  event: object-action
  property: snake_case
commonProperties:
  appVersion: string
events:
  Signed Up:
    properties:
      planName: string
  checkout: {}
`,
});
const filename = join(dir, 'src/app.ts');

ruleTester(join(dir, 'tracking-plan.yaml')).run('event-name-convention', rule, {
  valid: [
    { code: "analytics.track('Signed Up', { planName: 'free', appVersion: '1' });", filename },
    { code: "analytics.track('checkout', { cart_size: 3 });", filename },
    { code: "analytics.track('Report Exported', { file_format: 'csv' });", filename },
    { code: 'analytics.track(`Clicked ${button}`, { button_id: id });', filename },
  ],
  invalid: [
    {
      code: "analytics.track('signup_started', { referrerUrl: document.referrer, plan_name: 'free' });",
      filename,
      errors: [
        { messageId: 'eventName', data: { event: 'signup_started', expected: OBJECT_ACTION }, line: 1, column: 17, endLine: 1, endColumn: 33 },
        { messageId: 'propertyName', data: { property: 'referrerUrl', expected: SNAKE_CASE }, line: 1, column: 37, endLine: 1, endColumn: 48 },
      ],
    },
    {
      code: "analytics.track(ready ? 'Exported' : 'Report Exported', {\n  'File Format': 'csv',\n});",
      filename,
      errors: [
        { messageId: 'eventName', data: { event: 'Exported', expected: OBJECT_ACTION }, line: 1, column: 17, endLine: 1, endColumn: 55 },
        { messageId: 'propertyName', data: { property: 'File Format', expected: SNAKE_CASE }, line: 2, column: 3, endLine: 2, endColumn: 16 },
      ],
    },
    {
      code: 'analytics.track(`Clicked ${button}`, { buttonId: id });',
      filename,
      errors: [{ messageId: 'propertyName', data: { property: 'buttonId', expected: SNAKE_CASE }, line: 1, column: 40, endLine: 1, endColumn: 48 }],
    },
  ],
});

const patterned = project({
  'tracking-plan.yaml': `version: 1
conventions:
  event: { pattern: "^[a-z]+(:[a-z_]+)+$" }
events:
  app:signed_up: {}
`,
});

ruleTester(join(patterned, 'tracking-plan.yaml')).run('event-name-convention with a pattern', rule, {
  valid: [{ code: "analytics.track('app:report_exported', { AnyKey: 1 });", filename: join(patterned, 'src/app.ts') }],
  invalid: [
    {
      code: "analytics.track('Report Exported');",
      filename: join(patterned, 'src/app.ts'),
      errors: [{ messageId: 'eventName', data: { event: 'Report Exported', expected: 'the pattern /^[a-z]+(:[a-z_]+)+$/' }, line: 1, column: 17, endLine: 1, endColumn: 34 }],
    },
  ],
});

const unconventional = project({ 'tracking-plan.yaml': 'version: 1\nevents:\n  Signed Up: {}\n' });

ruleTester(join(unconventional, 'tracking-plan.yaml')).run('event-name-convention without conventions', rule, {
  valid: [{ code: "analytics.track('whatever_name', { anyKey: 1 });", filename: join(unconventional, 'src/app.ts') }],
  invalid: [],
});
