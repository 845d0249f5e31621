import { parseSync } from 'oxc-parser/src-js/bindings';
import { jsonParseAst } from 'oxc-parser/src-js/wrap';
import type { ParserOptions } from 'oxc-parser';
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
  /** The same program with TypeScript's annotations, parsed again on first call: see parseScript. */
  typedProgram?: () => EsNode;
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

function typedParse(file: string, text: string, options: ParserOptions): () => EsNode {
  let program: EsNode | undefined;
  return () => (program ??= jsonParseAst(parseSync(file, text, { ...options, astType: 'ts' }).program) as EsNode);
}

/** A constructor with parameter properties (`constructor(private analytics: Analytics)`): dependency injection, whose types the resolver reads. */
const PARAMETER_PROPERTY = /\bconstructor\s*\([^{]{0,400}?\b(?:private|protected|public|readonly)\s/;

/**
 * The one place that knows the parser: the extractor only sees ESTree. The tree comes without
 * TypeScript's annotations, a third less for oxc to serialize and for us to read back; the
 * resolver needs them only for the declared type of a class member, and gets them from
 * typedProgram, a second parse. A file that injects its dependencies through the constructor is
 * parsed with them at once, since its classes' members are looked up by their types.
 */
export function parseScript(file: string, text: string, language: SourceLanguage): Parsed {
  const deepAt = findExcessiveNesting(text);
  if (deepAt !== undefined) return tooDeep(text, deepAt);
  const sourceType = /\.c[jt]s$/.test(file) ? 'commonjs' : 'unambiguous';
  const typescript = language === 'ts' || language === 'tsx';
  const typedAtOnce = typescript && PARAMETER_PROPERTY.test(text);
  const options: ParserOptions = { lang: language, preserveParens: false, sourceType, astType: typedAtOnce ? 'ts' : 'js' };
  const result = parseSync(file, text, options);
  const errors = result.errors
    .filter((error) => error.severity === 'Error')
    .map((error) => ({ message: error.message, offset: error.labels[0]?.start ?? 0 }));
  const comments = result.comments.map((comment) => ({ type: comment.type, value: comment.value, range: [comment.start, comment.end] as [number, number] }));
  const parsed: Parsed = { program: jsonParseAst(result.program) as EsNode, comments, errors };
  if (typescript && !typedAtOnce) parsed.typedProgram = typedParse(file, text, options);
  return parsed;
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
