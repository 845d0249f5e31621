import { join } from 'node:path';
import rule from '../../rules/no-undeclared-property.js';
import { CLIENT_MODULE, PROPERTIES_PLAN, WRAPPER_MODULE } from './plans.js';
import { project, ruleTester } from './tester.js';

const dir = project({ 'tracking-plan.yaml': PROPERTIES_PLAN, 'src/track.ts': WRAPPER_MODULE, 'src/client.ts': CLIENT_MODULE });
const filename = join(dir, 'src/app.ts');

ruleTester(join(dir, 'tracking-plan.yaml')).run('no-undeclared-property', rule, {
  valid: [
    { code: "analytics.track('Signed Up', { plan: 'free', referrer: 'x', app_version: '2' });", filename },
    { code: "analytics.track('Page Viewed', { anything: true });", filename },
    { code: "analytics.track('Unknown Event', { anything: true });", filename },
    { code: "import { trackEvent } from './track';\ntrackEvent('Signed Up', { plan: 'team' });", filename },
  ],
  invalid: [
    {
      code: "analytics.track('Signed Up', { plan: 'free', refferer: 'x' });",
      filename,
      errors: [{ messageId: 'undeclaredPropertyWithSuggestion', data: { event: 'Signed Up', property: 'refferer', suggestion: 'referrer' }, line: 1, column: 46, endLine: 1, endColumn: 54 }],
    },
    {
      code: "analytics.track('Signed Up', {\n  plan: 'free',\n  'button-color': 'red',\n});",
      filename,
      errors: [{ messageId: 'undeclaredProperty', data: { event: 'Signed Up', property: 'button-color' }, line: 3, column: 3, endLine: 3, endColumn: 17 }],
    },
    {
      code: "import { trackEvent } from './track';\nconst color = 'red';\ntrackEvent('Tour Step Completed', { step: 1, color });",
      filename,
      errors: [{ messageId: 'undeclaredProperty', data: { event: 'Tour Step Completed', property: 'color' }, line: 3, column: 46, endLine: 3, endColumn: 51 }],
    },
  ],
});
