import type { Comment } from './ast.js';
import type { OffsetRange } from './types.js';

export interface LineLocator {
  locate(offset: number): { line: number; column: number };
}

export type DirectiveKind = 'events' | 'ignore-next-line' | 'ignore-file';

export interface Directive {
  kind: DirectiveKind;
  names: string[];
  /** The line the directive applies to. */
  targetLine: number;
  position: OffsetRange;
  used: boolean;
}

const DIRECTIVE = /^\s*trackplan-(events|ignore-next-line|ignore-file)\b:?\s*(.*?)\s*$/;

/**
 * Reads `trackplan-…` comments. A comment alone on its line applies to the next line; one after code
 * applies to its own line (`events` only).
 */
export function readDirectives(comments: readonly Comment[], lines: LineLocator, source: string): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const body = comment.type === 'Block' ? comment.value.replace(/^\*+/, '').replace(/\*+$/, '') : comment.value;
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    const start = lines.locate(comment.range[0]);
    const end = lines.locate(comment.range[1]).line;
    const before = source.slice(comment.range[0] - start.column + 1, comment.range[0]);
    const trailing = before.trim().length > 0;
    const names = kind === 'events' ? (match[2] ?? '').split(',').map((name) => name.trim()).filter((name) => name.length > 0) : [];
    directives.push({
      kind,
      names,
      targetLine: kind === 'events' && trailing ? start.line : end + 1,
      position: { start: comment.range[0], end: comment.range[1] },
      used: false,
    });
  }
  return directives;
}
