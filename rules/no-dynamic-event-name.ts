import { isUnknownCallee } from './util/analysis.js';
import { createRule } from './util/create-rule.js';
import { eslintLocation, findingsFor, shown } from './util/report.js';

type Options = [{ ignoreUnknownCallees?: boolean }];

export default createRule<Options, 'dynamic' | 'dynamicWithPattern' | 'dynamicMayMatch'>({
  name: 'no-dynamic-event-name',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow event names that are not statically known' },
    messages: {
      dynamic: 'event name is not statically known: {{reason}}',
      dynamicWithPattern: 'event name is not statically known: {{reason}}; pattern "{{pattern}}"',
      dynamicMayMatch: 'event name is not statically known: {{reason}}; pattern "{{pattern}}" (may match: {{mayMatch}})',
    },
    schema: [
      {
        type: 'object',
        properties: { ignoreUnknownCallees: { type: 'boolean', description: 'Skip calls whose callee is not known to be analytics (`tracker.track(item)`).' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreUnknownCallees: false }],
  },
  create(context) {
    const [{ ignoreUnknownCallees = false } = {}] = context.options;
    return {
      Program() {
        for (const finding of findingsFor(context, 'no-dynamic-event-name').findings) {
          if (ignoreUnknownCallees && isUnknownCallee(finding)) continue;
          const data = { reason: shown(finding.reason), pattern: shown(finding.pattern), mayMatch: (finding.mayMatch ?? []).map(shown).join(', ') };
          const messageId = finding.mayMatch ? 'dynamicMayMatch' : finding.pattern !== undefined ? 'dynamicWithPattern' : 'dynamic';
          context.report({ loc: eslintLocation(finding), messageId, data });
        }
      },
    };
  },
});
