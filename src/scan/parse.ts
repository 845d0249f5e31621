import { parseSync } from 'oxc-parser/src-js/bindings';
import { jsonParseAst } from 'oxc-parser/src-js/wrap';
import type { Comment, EsNode } from '../extract/ast.js';
import { findExcessiveNesting, MAX_NESTING } from './nesting.js';

export interface ParseFailure {
  message: string;
  offset: number;
}

export interface Parsed {
  program: EsNode;
  comments: Comment[];
  errors: ParseFailure[];
}

export type SourceLanguage = 'js' | 'jsx' | 'ts' | 'tsx';

/** A file the parser must not see: its stack would overflow and take the process down. */
function tooDeep(text: string, offset: number): Parsed {
  return {
    program: { type: 'Program', start: 0, end: text.length, body: [], sourceType: 'module' },
    comments: [],
    errors: [{ message: `nested more than ${MAX_NESTING} levels deep, too deep to parse safely`, offset }],
  };
}

/** The one place that knows the parser: the extractor only sees ESTree. */
export function parseScript(file: string, text: string, language: SourceLanguage): Parsed {
  const deepAt = findExcessiveNesting(text);
  if (deepAt !== undefined) return tooDeep(text, deepAt);
  const sourceType = /\.c[jt]s$/.test(file) ? 'commonjs' : 'unambiguous';
  const result = parseSync(file, text, { lang: language, preserveParens: false, sourceType });
  const errors = result.errors
    .filter((error) => error.severity === 'Error')
    .map((error) => ({ message: error.message, offset: error.labels[0]?.start ?? 0 }));
  const comments = result.comments.map((comment) => ({ type: comment.type, value: comment.value, range: [comment.start, comment.end] as [number, number] }));
  return { program: jsonParseAst(result.program) as EsNode, comments, errors };
}

const LANGUAGES: Record<string, SourceLanguage> = {
  '.js': 'jsx',
  '.jsx': 'jsx',
  '.mjs': 'jsx',
  '.cjs': 'jsx',
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.tsx': 'tsx',
};

export function languageOf(extension: string): SourceLanguage | undefined {
  return LANGUAGES[extension];
}
