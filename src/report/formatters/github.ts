import { posix } from 'node:path';
import { FINDING_KINDS, type Finding, type Outcome, type Report, type Summary } from '../types.js';

/**
 * GitHub workflow commands: one annotation per finding, then a notice with the coverage.
 * The escaping is the one of @actions/core's command.ts; that package itself is not used, because
 * it issues commands by writing to stdout while a formatter must return text.
 */
export function formatGithub(report: Report): string {
  const annotations = report.findings.map((finding) => annotation(finding, report.root));
  const notice = `::notice title=${escapeProperty('trackplan coverage')}::${escapeData(summaryLines(report).join('\n'))}`;
  return [...annotations, notice].join('\n') + '\n';
}

/** Joined with the root because GitHub resolves annotation paths from the repository's root, not the scanned one. */
function annotation(finding: Finding, root: string): string {
  const properties = [
    ['file', posix.join(root, finding.file)],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine],
    ['endColumn', finding.endColumn],
    ['title', `trackplan/${finding.kind}`],
  ] as const;
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${finding.severity} ${list}::${escapeData(finding.message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function summaryLines(report: Report): string[] {
  const lines = [coverageText(report.summary)];
  if (report.questions.length > 0) {
    const questions = report.questions.map((q) => `${q.name} ${q.implemented}/${q.planned}${q.answerable ? ' answerable' : ''}`);
    lines.push(`Questions: ${questions.join('; ')}`);
  }
  if (report.owners.length > 0) lines.push(`Owners: ${report.owners.map((o) => `${o.name} ${o.implemented}/${o.planned}`).join('; ')}`);
  lines.push(outcomeText(report.outcome, report.summary));
  return lines;
}

/** Floored, so that a plan with one event left is never shown as 100%. */
export function percent(coverage: number): string {
  return `${Math.floor(Math.round(coverage * 10_000) / 100)}%`;
}

export function coverageText(summary: Summary): string {
  if (summary.coverage === null) return 'Coverage n/a (no planned events)';
  return `Coverage ${percent(summary.coverage)} (${summary.implemented}/${summary.planned} planned events)`;
}

/** Why the check failed or passed, in the terms of the exit code: failing findings per kind and the coverage floor. */
export function outcomeText(outcome: Outcome, summary: Summary): string {
  const counts = FINDING_KINDS.flatMap((kind) => {
    const count = outcome.failingFindings[kind] ?? 0;
    return count > 0 ? [`${count} ${kind}`] : [];
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
