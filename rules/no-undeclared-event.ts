import { replaceLiteralText } from './util/literal-fix.js';
import { createRule } from './util/create-rule.js';
import { eslintLocation, findingsFor, shown } from './util/report.js';

export default createRule<[], 'undeclared' | 'undeclaredWithSuggestion' | 'replaceWithPlanned' | 'brokenPlan'>({
  name: 'no-undeclared-event',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow sending an event that is not in the tracking plan' },
    hasSuggestions: true,
    messages: {
      undeclared: '"{{event}}" is not in the tracking plan',
      undeclaredWithSuggestion: '"{{event}}" is not in the tracking plan; did you mean "{{suggestion}}"?',
      replaceWithPlanned: 'Replace with "{{suggestion}}"',
      brokenPlan: 'trackplan cannot check this file: {{message}}',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        const { analysis, findings } = findingsFor(context, 'no-undeclared-event');
        if (analysis.kind === 'broken') context.report({ loc: { line: 1, column: 0 }, messageId: 'brokenPlan', data: { message: shown(analysis.message) } });
        const { sourceCode } = context;
        for (const finding of findings) {
          const loc = eslintLocation(finding);
          const event = finding.event ?? '';
          if (finding.suggestion === undefined) {
            context.report({ loc, messageId: 'undeclared', data: { event: shown(event) } });
            continue;
          }
          const data = { event: shown(event), suggestion: shown(finding.suggestion) };
          const range: [number, number] = [sourceCode.getIndexFromLoc(loc.start), sourceCode.getIndexFromLoc(loc.end)];
          const replacement = replaceLiteralText(sourceCode.text.slice(...range), event, finding.suggestion);
          context.report({
            loc,
            messageId: 'undeclaredWithSuggestion',
            data,
            suggest: replacement === undefined ? [] : [{ messageId: 'replaceWithPlanned', data, fix: (fixer) => fixer.replaceTextRange(range, replacement) }],
          });
        }
      },
    };
  },
});
