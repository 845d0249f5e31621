import type { CalleeRules } from '../extract/callees.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A cheap test of a file's text: can it hold a call of any configured callee or known wrapper? */
export function createPrefilter(rules: CalleeRules, extraNames: readonly string[] = []): RegExp {
  const names = new Set<string>(extraNames);
  for (const spec of rules.specs) {
    const segments = spec.name.split('.');
    names.add(segments[segments.length - 1] ?? spec.name);
    if (spec.import) names.add(spec.import);
  }
  const alternatives = [...names].sort().map(escape);
  return new RegExp(`(?<![\\w$])(?:${alternatives.join('|')})(?![\\w$])`);
}
