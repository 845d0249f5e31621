import type { ESLint, Linter } from 'eslint';
import { DEFAULT_SEVERITIES } from '../src/config/defaults.js';
import { DEFAULT_EXCLUDE } from '../src/scan/discover.js';
import { packageVersion } from '../src/util/package-root.js';
import eventNameConvention from './event-name-convention.js';
import { RULE_KINDS, RULE_NAMES, type RuleName } from './kinds.js';
import noDeprecatedEvent from './no-deprecated-event.js';
import noDynamicEventName from './no-dynamic-event-name.js';
import noMissingProperty from './no-missing-property.js';
import noUndeclaredEvent from './no-undeclared-event.js';
import noUndeclaredProperty from './no-undeclared-property.js';
import propertyType from './property-type.js';
import { planHash } from './util/plan-hash.js';
import type { TrackplanSettings } from './util/settings.js';

const rules = {
  'no-undeclared-event': noUndeclaredEvent,
  'no-dynamic-event-name': noDynamicEventName,
  'no-deprecated-event': noDeprecatedEvent,
  'no-missing-property': noMissingProperty,
  'no-undeclared-property': noUndeclaredProperty,
  'property-type': propertyType,
  'event-name-convention': eventNameConvention,
} satisfies Record<RuleName, unknown>;

/** Each rule at its finding kind's default severity, as the CLI rates it. */
function recommendedRules(): Linter.RulesRecord {
  return Object.fromEntries(RULE_NAMES.map((name) => [`trackplan/${name}`, DEFAULT_SEVERITIES[RULE_KINDS[name]] === 'error' ? 'error' : 'warn']));
}

function recommendedSettings(): { trackplan: TrackplanSettings } {
  const hash = planHash(process.cwd());
  return { trackplan: hash === undefined ? {} : { planHash: hash } };
}

const plugin = {
  meta: { name: 'trackplan', version: packageVersion() },
  rules,
  configs: {} as { recommended: Linter.Config },
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: 'trackplan/recommended',
  plugins: { trackplan: plugin },
  rules: recommendedRules(),
  // The files the CLI skips by default (tests, stories, mocks): an event sent only there is not implemented.
  ignores: DEFAULT_EXCLUDE,
  settings: recommendedSettings(),
};

export default plugin;
