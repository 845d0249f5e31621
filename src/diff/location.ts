import type { SourceLocation, Span } from '../report/types.js';

/** Where a finding points: a span of a file. */
export function locationIn(file: string, span: Span): SourceLocation {
  return { file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
