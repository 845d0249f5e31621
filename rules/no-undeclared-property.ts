import { createRule } from './util/create-rule.js';
import { eslintLocation, findingsFor, shown } from './util/report.js';

export default createRule<[], 'undeclaredProperty' | 'undeclaredPropertyWithSuggestion'>({
  name: 'no-undeclared-property',
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow properties the tracking plan does not declare for the event' },
    messages: {
      undeclaredProperty: '{{event}}: property "{{property}}" is not in the plan',
      undeclaredPropertyWithSuggestion: '{{event}}: property "{{property}}" is not in the plan; did you mean "{{suggestion}}"?',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        for (const finding of findingsFor(context, 'no-undeclared-property').findings) {
          const data = { event: shown(finding.event), property: shown(finding.property), suggestion: shown(finding.suggestion) };
          context.report({ loc: eslintLocation(finding), messageId: finding.suggestion === undefined ? 'undeclaredProperty' : 'undeclaredPropertyWithSuggestion', data });
        }
      },
    };
  },
});
