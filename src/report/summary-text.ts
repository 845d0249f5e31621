import { FINDING_KINDS, type FindingKind, type Outcome, type Summary } from './types.js';

const KIND_NAMES: Record<FindingKind, [string, string]> = {
  unimplemented: ['unimplemented', 'unimplemented'],
  undeclared: ['undeclared', 'undeclared'],
  dynamic: ['dynamic', 'dynamic'],
  deprecated: ['deprecated', 'deprecated'],
  'property-missing': ['missing property', 'missing properties'],
  'property-undeclared': ['undeclared property', 'undeclared properties'],
  'property-type': ['property type error', 'property type errors'],
  naming: ['naming problem', 'naming problems'],
  'parse-error': ['parse error', 'parse errors'],
};

export function countOf(kind: FindingKind, count: number): string {
  return `${count} ${KIND_NAMES[kind][count === 1 ? 0 : 1]}`;
}

/**
 * Coverage as a whole percentage, the same in every report, the plan's page and the dashboard:
 * floored, so that a plan with one event left is never shown as 100%, and a coverage below
 * `--min-coverage` never reads as the threshold itself; `<1%` when some but not one percent.
 */
export function percent(coverage: number): string {
  const floored = Math.floor(Math.round(coverage * 10_000) / 100);
  return floored === 0 && coverage > 0 ? '<1%' : `${floored}%`;
}

export function coverageText(summary: Summary): string {
  if (summary.coverage === null) return 'Coverage n/a (no planned events)';
  return `Coverage ${percent(summary.coverage)} (${summary.implemented}/${summary.planned} planned events)`;
}

/** Why the check failed or passed, in the terms of the exit code: failing findings per kind and the coverage floor. */
export function outcomeText(outcome: Outcome, summary: Summary): string {
  const counts = FINDING_KINDS.flatMap((kind) => {
    const count = outcome.failingFindings[kind] ?? 0;
    return count > 0 ? [countOf(kind, count)] : [];
  });
  const reasons = counts.length > 0 ? [counts.join(', ')] : [];
  if (outcome.belowMinCoverage) {
    const coverage = summary.coverage === null ? 'n/a' : percent(summary.coverage);
    reasons.push(`coverage ${coverage} is below --min-coverage ${outcome.minCoverage ?? 0}%`);
  }
  const settings = [`--fail-on ${outcome.failOn}`, ...(outcome.minCoverage === undefined ? [] : [`--min-coverage ${outcome.minCoverage}%`])];
  if (!outcome.failed) return `Passed (${settings.join(', ')})`;
  return `Failed${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''} (${settings.join(', ')})`;
}
