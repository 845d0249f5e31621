import type { JSRuleDefinition, Rule } from 'eslint';
import { ruleDocsUrl, type RuleName } from '../../src/report/kind-docs.js';

type Definition<Options extends unknown[], MessageIds extends string> = JSRuleDefinition<{ RuleOptions: Options; MessageIds: MessageIds }>;

type Meta<Options extends unknown[], MessageIds extends string> = NonNullable<Definition<Options, MessageIds>['meta']>;

export interface RuleInput<Options extends unknown[], MessageIds extends string> {
  name: RuleName;
  meta: Omit<Meta<Options, MessageIds>, 'docs' | 'messages' | 'schema' | 'defaultOptions'> & {
    docs: { description: string };
    messages: Record<MessageIds, string>;
    schema: NonNullable<Meta<Options, MessageIds>['schema']>;
    defaultOptions: Options;
  };
  create: Definition<Options, MessageIds>['create'];
}

/**
 * Every rule is built here, so that each has its docs page, messages, schema and default options.
 * Typed by its messages and options inside; exported as ESLint's plain rule type, which declaration files can name.
 */
export function createRule<Options extends unknown[], MessageIds extends string>(input: RuleInput<Options, MessageIds>): Rule.RuleModule {
  const rule: Definition<Options, MessageIds> = {
    meta: { ...input.meta, docs: { ...input.meta.docs, url: ruleDocsUrl(input.name) } },
    create: input.create,
  };
  return rule;
}
