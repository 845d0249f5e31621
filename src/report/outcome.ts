import { FINDING_KINDS, type FailOn, type Finding, type FindingKind, type Outcome, type Summary } from './types.js';

export function describeFailOn(failOn: FailOn): string {
  if (failOn.kind === 'none') return 'none';
  if (failOn.kind === 'severity') return failOn.severity;
  return failOn.kinds.join(',');
}

function fails(finding: Finding, failOn: FailOn): boolean {
  if (failOn.kind === 'none') return false;
  if (failOn.kind === 'kinds') return failOn.kinds.includes(finding.kind);
  return failOn.severity === 'warning' || finding.severity === 'error';
}

/** Whether the check fails, and why: the exit code and the summary line both come from here. */
export function decideOutcome(findings: readonly Finding[], summary: Summary, failOn: FailOn, minCoverage?: number): Outcome {
  const failingFindings: Partial<Record<FindingKind, number>> = {};
  for (const kind of FINDING_KINDS) {
    const count = findings.filter((finding) => finding.kind === kind && fails(finding, failOn)).length;
    if (count > 0) failingFindings[kind] = count;
  }
  const belowMinCoverage = minCoverage !== undefined && summary.coverage !== null && summary.coverage * 100 < minCoverage - 1e-9;
  const outcome: Outcome = {
    failed: Object.keys(failingFindings).length > 0 || belowMinCoverage,
    failOn: describeFailOn(failOn),
    failingFindings,
    belowMinCoverage,
  };
  if (minCoverage !== undefined) outcome.minCoverage = minCoverage;
  return outcome;
}
