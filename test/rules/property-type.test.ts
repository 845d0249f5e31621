import { join } from 'node:path';
import rule from '../../rules/property-type.js';
import { PROPERTIES_PLAN } from './plans.js';
import { project, ruleTester } from './tester.js';

const dir = project({ 'tracking-plan.yaml': PROPERTIES_PLAN });
const filename = join(dir, 'src/app.ts');

ruleTester(join(dir, 'tracking-plan.yaml')).run('property-type', rule, {
  valid: [
    { code: "analytics.track('Signed Up', { plan: 'team', seats: 3, referrer: document.referrer });", filename },
    { code: "analytics.track('Signed Up', { plan: choice, seats: count });", filename },
  ],
  invalid: [
    {
      code: "analytics.track('Signed Up', { plan: 'enterprise' });",
      filename,
      errors: [{ messageId: 'propertyType', data: { message: 'Signed Up: "plan" is "enterprise", the plan allows "free", "team"' }, line: 1, column: 38, endLine: 1, endColumn: 50 }],
    },
    {
      code: "analytics.track('Signed Up', { plan: 'free', seats: 1.5, referrer: 42 });",
      filename,
      errors: [
        { messageId: 'propertyType', data: { message: 'Signed Up: "seats" is 1.5 (number), the plan says integer' }, line: 1, column: 53, endLine: 1, endColumn: 56 },
        { messageId: 'propertyType', data: { message: 'Signed Up: "referrer" is 42 (number), the plan says string' }, line: 1, column: 68, endLine: 1, endColumn: 70 },
      ],
    },
    {
      code: "const TEAM = 'team';\nanalytics.track('Signed Up', { plan: TEAM, settings: { scope: true } });",
      filename,
      errors: [{ messageId: 'propertyType', data: { message: 'Signed Up: "settings.scope" is true (boolean), the plan says string' }, line: 2, column: 63, endLine: 2, endColumn: 67 }],
    },
  ],
});
