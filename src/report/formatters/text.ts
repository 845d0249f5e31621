import { createColors } from 'picocolors';
import { escapeControl } from '../escape.js';
import { coverageText, outcomeText } from '../summary-text.js';
import type { Finding, FindingKind, Report } from '../types.js';
import type { FormatOptions } from './index.js';

type Colors = ReturnType<typeof createColors>;

const GROUPS: { title: [string, string]; kinds: FindingKind[] }[] = [
  { title: ['unimplemented', 'unimplemented'], kinds: ['unimplemented'] },
  { title: ['undeclared', 'undeclared'], kinds: ['undeclared'] },
  { title: ['dynamic name', 'dynamic names'], kinds: ['dynamic'] },
  { title: ['property problem', 'property problems'], kinds: ['property-missing', 'property-type', 'property-undeclared'] },
  { title: ['deprecated', 'deprecated'], kinds: ['deprecated'] },
  { title: ['naming problem', 'naming problems'], kinds: ['naming'] },
  { title: ['parse error', 'parse errors'], kinds: ['parse-error'] },
];

function number(value: number): string {
  return value.toLocaleString('en-US');
}

function where(finding: Finding): string {
  return `${escapeControl(finding.file)}:${finding.line}:${finding.column}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text}  ` : text.padEnd(width + 2);
}

function findingRow(finding: Finding, c: Colors, width: number): string {
  const event = finding.event !== undefined ? escapeControl(finding.event) : '';
  switch (finding.kind) {
    case 'unimplemented':
      return `  ${pad(event, width)}${c.dim(where(finding))}`;
    case 'undeclared':
      return `  ${pad(where(finding), width)}${event}${finding.suggestion !== undefined ? c.dim(`  did you mean "${escapeControl(finding.suggestion)}"?`) : ''}`;
    case 'dynamic': {
      const pattern = finding.pattern !== undefined ? `pattern "${escapeControl(finding.pattern)}"` : escapeControl(finding.reason ?? '');
      const mayMatch = finding.mayMatch ? c.dim(` (may match: ${finding.mayMatch.map(escapeControl).join(', ')})`) : '';
      const reason = finding.pattern !== undefined ? c.dim(`  ${escapeControl(finding.reason ?? '')}`) : '';
      return `  ${pad(where(finding), width)}${pattern}${mayMatch}${reason}`;
    }
    default:
      return `  ${pad(where(finding), width)}${escapeControl(finding.message)}`;
  }
}

function section(title: [string, string], findings: Finding[], c: Colors): string[] {
  const hasError = findings.some((finding) => finding.severity === 'error');
  const mark = hasError ? c.red('✗') : c.yellow('!');
  const width = Math.min(48, Math.max(...findings.map((finding) => (finding.kind === 'unimplemented' ? escapeControl(finding.event ?? '').length : where(finding).length))));
  return [`${mark} ${c.bold(`${findings.length} ${title[findings.length === 1 ? 0 : 1]}`)}`, ...findings.map((finding) => findingRow(finding, c, width)), ''];
}

function failureLine(report: Report, c: Colors): string {
  const text = outcomeText(report.outcome, report.summary);
  return report.outcome.failed ? c.red(text) : c.green(text);
}

function scopeLines(report: Report): string[] {
  const lines: string[] = [];
  if (report.changedSince) lines.push(`Only findings in the ${number(report.changedSince.files)} files changed since ${escapeControl(report.changedSince.ref)}, and the events the change leaves unimplemented.`);
  if (report.baseline) {
    const fixed = report.baseline.fixed.reduce((sum, entry) => sum + entry.count, 0);
    lines.push(`${number(report.baseline.known)} findings accepted by ${escapeControl(report.baseline.file)} are not shown.`);
    if (fixed > 0) lines.push(`${number(fixed)} findings of the baseline are fixed: shrink it with --update-baseline.`);
  }
  return lines;
}

/** The report for a terminal: the answer first, every location clickable as file:line:col. */
export function formatText(report: Report, options: FormatOptions): string {
  const c = createColors(options.color);
  const { summary } = report;
  const lines: string[] = [
    c.dim(`trackplan ${report.tool.version} · ${escapeControl(report.plan)} · ${number(summary.files)} files, ${number(summary.filesParsed)} parsed`),
    '',
  ];
  for (const group of GROUPS) {
    const findings = report.findings.filter((finding) => group.kinds.includes(finding.kind));
    if (findings.length > 0) lines.push(...section(group.title, findings, c));
  }
  for (const notice of report.notices) {
    const where = notice.line !== undefined ? `${notice.file}:${notice.line}:${notice.column ?? 1}` : notice.file;
    lines.push(c.dim(`notice: ${escapeControl(where)}: ${escapeControl(notice.message)}`));
  }
  if (report.notices.length > 0) lines.push('');
  const scope = scopeLines(report);
  if (scope.length > 0) lines.push(...scope.map((line) => c.dim(line)), '');
  lines.push(c.bold(coverageText(summary)));
  for (const question of report.questions) {
    const state = question.answerable ? c.green('answerable') : question.missing.length > 0 ? `missing: ${question.missing.map(escapeControl).join(', ')}` : 'no events in scope';
    lines.push(`  ${pad(escapeControl(question.name), 12)}${question.implemented}/${question.planned}  ${state}`);
  }
  if (report.owners.length > 0) {
    lines.push(`  ${pad('owners', 12)}${report.owners.map((owner) => `${escapeControl(owner.name)} ${owner.implemented}/${owner.planned}`).join('  ')}`);
  }
  lines.push(failureLine(report, c));
  return `${lines.join('\n')}\n`;
}
