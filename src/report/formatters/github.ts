import { ruleId } from '../kind-docs.js';
import { coverageText, outcomeText } from '../summary-text.js';
import { posix } from 'node:path';
import type { Finding, Report } from '../types.js';

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
    ['title', ruleId(finding.kind)],
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
