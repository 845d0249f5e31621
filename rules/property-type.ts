import { createRule } from './util/create-rule.js';
import { eslintLocation, findingsFor, shown } from './util/report.js';

export default createRule<[], 'propertyType'>({
  name: 'property-type',
  meta: {
    type: 'problem',
    docs: { description: "Require property values of the type and values the tracking plan allows" },
    messages: {
      // The core's own words: it alone knows the value sent ("copy" (string), a number that is not an integer).
      propertyType: '{{message}}',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        for (const finding of findingsFor(context, 'property-type').findings) {
          context.report({ loc: eslintLocation(finding), messageId: 'propertyType', data: { message: shown(finding.message) } });
        }
      },
    };
  },
});
