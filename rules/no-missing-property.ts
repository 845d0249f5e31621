import { createRule } from './util/create-rule.js';
import { eslintLocation, findingsFor, shown } from './util/report.js';

export default createRule<[], 'missingProperty'>({
  name: 'no-missing-property',
  meta: {
    type: 'problem',
    docs: { description: 'Require the properties the tracking plan marks required' },
    messages: {
      missingProperty: '{{event}}: required property "{{property}}" is missing',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        for (const finding of findingsFor(context, 'no-missing-property').findings) {
          context.report({ loc: eslintLocation(finding), messageId: 'missingProperty', data: { event: shown(finding.event), property: shown(finding.property) } });
        }
      },
    };
  },
});
