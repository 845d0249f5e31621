import type { FindingKind } from '../src/report/types.js';

/** Each rule reports one finding kind: the same id as the CLI's `kind` and the SARIF rule `trackplan/<kind>`. */
export const RULE_KINDS = {
  'no-undeclared-event': 'undeclared',
  'no-dynamic-event-name': 'dynamic',
  'no-deprecated-event': 'deprecated',
  'no-missing-property': 'property-missing',
  'no-undeclared-property': 'property-undeclared',
  'property-type': 'property-type',
  'event-name-convention': 'naming',
} as const satisfies Record<string, FindingKind>;

export type RuleName = keyof typeof RULE_KINDS;

export type RuleKind = (typeof RULE_KINDS)[RuleName];

export const RULE_NAMES = Object.keys(RULE_KINDS) as RuleName[];
