// Two entry points oxc-parser exports without types. Its `parseSync` (src-js/index.js) reads every
// field of the native result, the module record of imports and exports among them, which trackplan
// never uses and which costs a third of the parse.
declare module 'oxc-parser/src-js/bindings' {
  import type { Comment, OxcError, ParserOptions } from 'oxc-parser';

  export interface NativeParseResult {
    /** The program as oxc's JSON, for jsonParseAst. */
    readonly program: string;
    readonly comments: Comment[];
    readonly errors: OxcError[];
  }

  export function parseSync(filename: string, sourceText: string, options?: ParserOptions | null): NativeParseResult;
}

declare module 'oxc-parser/src-js/wrap' {
  export function jsonParseAst(programJson: string): unknown;
}
