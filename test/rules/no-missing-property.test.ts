import { join } from 'node:path';
import rule from '../../rules/no-missing-property.js';
import { CLIENT_MODULE, PROPERTIES_PLAN, WRAPPER_MODULE } from './plans.js';
import { project, ruleTester } from './tester.js';

const dir = project({ 'tracking-plan.yaml': PROPERTIES_PLAN, 'src/track.ts': WRAPPER_MODULE, 'src/client.ts': CLIENT_MODULE });
const filename = join(dir, 'src/app.ts');

ruleTester(join(dir, 'tracking-plan.yaml')).run('no-missing-property', rule, {
  valid: [
    { code: "analytics.track('Signed Up', { plan: 'free' });", filename },
    { code: "analytics.track('Signed Up', { ...defaults, referrer: 'x' });", filename },
    { code: "analytics.track('Signed Up', properties);", filename },
    { code: "analytics.track('Page Viewed');", filename },
    { code: "const base = { plan: 'team' } as const;\nanalytics.track('Signed Up', base);", filename },
  ],
  invalid: [
    {
      code: "analytics.track('Signed Up', {\n  referrer: document.referrer,\n});",
      filename,
      errors: [{ messageId: 'missingProperty', data: { event: 'Signed Up', property: 'plan' }, line: 1, column: 30, endLine: 3, endColumn: 2 }],
    },
    {
      code: "analytics.track('Tour Step Completed');",
      filename,
      errors: [{ messageId: 'missingProperty', data: { event: 'Tour Step Completed', property: 'step' }, line: 1, column: 17, endLine: 1, endColumn: 38 }],
    },
    {
      code: "analytics.track('Signed Up', { plan: 'free', settings: {} });",
      filename,
      errors: [{ messageId: 'missingProperty', data: { event: 'Signed Up', property: 'settings.scope' }, line: 1, column: 56, endLine: 1, endColumn: 58 }],
    },
    {
      code: "import { trackEvent } from './track';\ntrackEvent('Tour Step Completed', { stepName: 'intro' });",
      filename,
      errors: [{ messageId: 'missingProperty', data: { event: 'Tour Step Completed', property: 'step' }, line: 2, column: 35, endLine: 2, endColumn: 56 }],
    },
  ],
});
