import { LineCounter, parseAllDocuments, type Node } from 'yaml';
import { UserError } from '../../errors.js';
import type { SourceLocation } from '../../report/types.js';
import { nodeAt, type DocumentPath, type LocatedDocument } from '../../util/located-document.js';

/**
 * Parses every document of a multi-document YAML stream (RudderStack keeps several resources in
 * one file), keeping node positions like parseLocatedYaml does for one document.
 */
export function parseLocatedYamlDocuments(text: string, file: string): LocatedDocument[] {
  const lineCounter = new LineCounter();
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const documents = parseAllDocuments(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const spanOf = (start: number, end: number): SourceLocation => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(end);
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  if (!Array.isArray(documents)) return [];
  return documents.map((document): LocatedDocument => {
    const error = document.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      throw new UserError(error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message, {
        location: { file, line, column: col },
        hint: 'Fix the YAML syntax at that position.',
      });
    }
    const root = document.contents;
    const locate = (path: DocumentPath, part: 'key' | 'value' = 'value'): SourceLocation => {
      const { node, key } = nodeAt(root, path);
      const target = part === 'key' && key ? key : node;
      const range = target?.range ?? root?.range ?? [0, 0, 0];
      return spanOf(range[0], range[1]);
    };
    return { file, value: document.toJS({ maxAliasCount: 1000 }) as unknown, locate };
  });
}
