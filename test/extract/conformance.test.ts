import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseForESLint } from '@typescript-eslint/parser';
import fastGlob from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { EsNode } from '../../src/extract/ast.js';
import { extractCallSites } from '../../src/extract/extract.js';
import { Evaluator } from '../../src/resolve/evaluate.js';
import { analyzedModule, NO_IMPORTS } from '../../src/resolve/module.js';
import { WrapperResolver } from '../../src/resolve/wrappers.js';
import { languageOf, parseScript } from '../../src/scan/parse.js';
import { LineIndex } from '../../src/scan/lines.js';
import { locateCall } from '../../src/scan/locate.js';
import { REPO } from '../helpers/cli.js';
import { rules } from '../helpers/extract.js';

interface ParsedForExtraction {
  program: EsNode;
  comments: { type: 'Line' | 'Block'; value: string; range: [number, number] }[];
}

function extractWith(file: string, text: string, parsed: ParsedForExtraction): unknown {
  const lines = new LineIndex(text);
  const module = analyzedModule(file, parsed);
  const evaluator = new Evaluator(NO_IMPORTS);
  const extraction = extractCallSites({ file, module, text, comments: parsed.comments, lines, rules: rules(), evaluator, wrappers: new WrapperResolver(evaluator, rules()) });
  return extraction.calls.map((call) => locateCall(call, lines));
}

const files = fastGlob.sync('fixtures/**/*.{js,jsx,ts,tsx,mjs,cjs}', { cwd: REPO, ignore: ['**/node_modules/**', 'fixtures/robustness/**'] });

describe('one extractor, two parsers', () => {
  it('has fixture sources to compare', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(`extracts the same call sites from oxc-parser and @typescript-eslint/parser ASTs: ${file}`, () => {
      const text = readFileSync(join(REPO, file), 'utf8');
      const oxc = parseScript(file, text, languageOf(extname(file)) ?? 'ts');
      if (oxc.errors.length > 0) return;
      const eslint = parseForESLint(text, { range: true, loc: true, comment: true, jsx: true, filePath: file, sourceType: 'module', ecmaVersion: 'latest' });
      const eslintComments = (eslint.ast.comments ?? []).map((comment) => ({ type: comment.type, value: comment.value, range: comment.range }));
      expect(extractWith(file, text, { program: eslint.ast as unknown as EsNode, comments: eslintComments })).toEqual(extractWith(file, text, oxc));
    });
  }
});
