import { join } from 'node:path';
import rule from '../../rules/no-deprecated-event.js';
import { PROPERTIES_PLAN } from './plans.js';
import { project, ruleTester } from './tester.js';

const dir = project({ 'tracking-plan.yaml': PROPERTIES_PLAN, 'src/events.ts': "export const LEGACY = 'Legacy Signup';\n" });
const filename = join(dir, 'src/app.ts');

ruleTester(join(dir, 'tracking-plan.yaml')).run('no-deprecated-event', rule, {
  valid: [
    { code: "analytics.track('Tour Finished');", filename },
  ],
  invalid: [
    {
      code: "analytics.track('Legacy Signup', {});",
      filename,
      errors: [{ messageId: 'deprecatedWithReason', data: { event: 'Legacy Signup', reason: 'Use Signed Up' }, line: 1, column: 17, endLine: 1, endColumn: 32 }],
    },
    {
      code: "import { LEGACY } from './events';\nanalytics.track(done ? 'Old Event' : LEGACY);",
      filename,
      errors: [
        { messageId: 'deprecatedWithReason', data: { event: 'Legacy Signup', reason: 'Use Signed Up' }, line: 2, column: 17, endLine: 2, endColumn: 44 },
        { messageId: 'deprecated', data: { event: 'Old Event' }, line: 2, column: 17, endLine: 2, endColumn: 44 },
      ],
    },
  ],
});
