import { createRule } from './util/create-rule.js';
import { eslintLocation, findingsFor, shown } from './util/report.js';

export default createRule<[], 'eventName' | 'propertyName'>({
  name: 'event-name-convention',
  meta: {
    type: 'suggestion',
    docs: { description: "Require new event and property names to follow the tracking plan's conventions" },
    messages: {
      eventName: 'event name "{{event}}" does not follow the plan\'s convention: {{expected}}',
      propertyName: 'property "{{property}}" does not follow the plan\'s convention: {{expected}}',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        for (const finding of findingsFor(context, 'event-name-convention').findings) {
          const data = { event: shown(finding.event), property: shown(finding.property), expected: shown(finding.expected) };
          context.report({ loc: eslintLocation(finding), messageId: finding.property === undefined ? 'eventName' : 'propertyName', data });
        }
      },
    };
  },
});
