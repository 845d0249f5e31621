import { RULE_KINDS, type RuleName } from '../src/report/kind-docs.js';

export { RULE_KINDS, type RuleName };

export const RULE_NAMES = Object.keys(RULE_KINDS) as RuleName[];
