import type { Rule } from 'eslint';
import type { Finding, Span } from '../../src/report/types.js';
import { escapeControl } from '../../src/report/escape.js';
import { RULE_KINDS, type RuleName } from '../kinds.js';
import { analyzeFile, type FileAnalysis } from './analysis.js';

/** A finding's 1-based span as ESLint's location: lines 1-based, columns 0-based. */
export function eslintLocation(span: Span): { start: { line: number; column: number }; end: { line: number; column: number } } {
  return { start: { line: span.line, column: span.column - 1 }, end: { line: span.endLine, column: span.endColumn - 1 } };
}

/** A name from code or plan, made safe for a terminal or an editor's hover. */
export function shown(text: string | undefined): string {
  return escapeControl(text ?? '');
}

/** The findings of the rule's kind in the linted file, with the file's analysis they come from. */
export function findingsFor(context: Rule.RuleContext, rule: RuleName): { analysis: FileAnalysis; findings: Finding[] } {
  const analysis = analyzeFile(context);
  const findings = analysis.kind === 'checked' ? analysis.findings.filter((finding) => finding.kind === RULE_KINDS[rule]) : [];
  return { analysis, findings };
}
