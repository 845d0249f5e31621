import type { CalleeRules, CalleeSpec } from '../extract/callees.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function word(name: string): string {
  return `(?<![\\w$])${escape(name)}(?![\\w$])`;
}

/**
 * `.name`, `?.name`, `. /* … *\/ name`, or `['name']`: the ways a member access can spell `name`.
 * Comments are bounded so that a text full of unclosed ones cannot make the search quadratic.
 */
function member(name: string): string {
  const key = escape(name);
  return `\\.(?:\\s|/\\*[^]{0,256}?\\*/|//[^\\n\\r]{0,256}[\\n\\r])*${key}(?![\\w$])|\\[\\s*(?:'${key}'|"${key}"|\`${key}\`)\\s*\\]`;
}

/**
 * What a file must contain for `spec` to match one of its calls: the imported module's name for an
 * imported callee (the binding can be renamed), a member access for `*.track` and `posthog.capture`,
 * the bare name otherwise. Matching a member access rather than the word passes about a fifth fewer
 * bytes to the parser (comments and unrelated `track` fields, types or strings stay out).
 */
function calleePattern(spec: CalleeSpec): string {
  if (spec.import !== undefined) return word(spec.import);
  const segments = spec.name.split('.');
  const last = segments[segments.length - 1] ?? spec.name;
  return segments.length > 1 ? member(last) : word(last);
}

/** A cheap test of a file's text: can it hold a call of any configured callee or known wrapper? */
export function createPrefilter(rules: CalleeRules, extraNames: readonly string[] = []): RegExp {
  const alternatives = new Set<string>(extraNames.map(word));
  for (const spec of rules.specs) alternatives.add(calleePattern(spec));
  if (alternatives.size === 0) return /(?!)/;
  return new RegExp([...alternatives].sort().map((alternative) => `(?:${alternative})`).join('|'));
}
