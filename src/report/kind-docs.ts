import type { FindingKind } from './types.js';

export const RULE_DOCS_BASE_URL = 'https://github.com/trackplan/trackplan/blob/main/docs/rules/';

/**
 * Each finding kind has one id everywhere: the JSON `kind`, the SARIF rule `trackplan/<kind>`, and the
 * ESLint rule that reports it. `unimplemented` needs the whole project, `parse-error` is ESLint's own.
 */
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

/** A kind's rule id in SARIF, JUnit, GitHub annotations and Markdown. */
export function ruleId(kind: FindingKind): string {
  return `trackplan/${kind}`;
}

export function ruleDocsUrl(rule: RuleName): string {
  return `${RULE_DOCS_BASE_URL}${rule}.md`;
}

/** The page that documents a finding kind: its ESLint rule's, or the rules table for the two without one. */
export function kindDocsUrl(kind: FindingKind): string {
  const rule = (Object.keys(RULE_KINDS) as RuleName[]).find((name) => RULE_KINDS[name] === kind);
  return rule ? ruleDocsUrl(rule) : `${RULE_DOCS_BASE_URL}README.md#${kind}`;
}
