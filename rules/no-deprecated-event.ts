import { createRule } from './util/create-rule.js';
import { eslintLocation, findingsFor, shown } from './util/report.js';

export default createRule<[], 'deprecated' | 'deprecatedWithReason'>({
  name: 'no-deprecated-event',
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow sending an event that the tracking plan marks deprecated' },
    messages: {
      deprecated: '"{{event}}" is deprecated',
      deprecatedWithReason: '"{{event}}" is deprecated: {{reason}}',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        const { analysis, findings } = findingsFor(context, 'no-deprecated-event');
        if (analysis.kind !== 'checked') return;
        for (const finding of findings) {
          const reason = analysis.plan.events.find((event) => event.name === finding.event)?.deprecated;
          const data = { event: shown(finding.event), reason: typeof reason === 'string' ? shown(reason) : '' };
          context.report({ loc: eslintLocation(finding), messageId: typeof reason === 'string' ? 'deprecatedWithReason' : 'deprecated', data });
        }
      },
    };
  },
});
