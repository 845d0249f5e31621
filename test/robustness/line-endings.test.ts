import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import * as typescriptParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { about, expectRestUnchanged, FIXTURES, robustnessProject, scan } from './helpers.js';

const reportNames: Rule.RuleModule = {
  create: (context) => ({
    CallExpression(node) {
      const callee = node.callee;
      const name = node.arguments[0];
      if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && callee.property.name === 'track' && name) {
        context.report({ node: name, message: 'name' });
      }
    },
  }),
};

/** Where ESLint itself puts each `*.track` call's first argument, from the file's raw text. */
function eslintNameSpans(file: string, text: string): string[] {
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions: extname(file) === '.ts' ? { parser: typescriptParser } : { ecmaVersion: 'latest', sourceType: 'module' },
      plugins: { probe: { rules: { names: reportNames } } },
      rules: { 'probe/names': 'error' },
    },
  ];
  return new Linter().verify(text, config, { filename: file }).map((message) => `${file}:${message.line}:${message.column}-${message.endLine}:${message.endColumn}`);
}

function spans(callSites: string[]): string[] {
  return callSites.map((site) => site.split(' ')[0] ?? '');
}

describe('line breaks and byte order marks count as ESLint counts them', () => {
  it('drops a BOM: columns on the first line are those of the text without it', () => {
    const report = scan(robustnessProject('bom'));
    const files = ['src/bom.ts', 'src/bom-first-line.js'];
    expect(about(report, files).callSites).toEqual([
      'src/bom-first-line.js:1:17-1:31 analytics.track literal Bom Line One',
      'src/bom.ts:2:17-2:31 analytics.track literal Bom Line Two',
    ]);
    for (const file of files) {
      expect(spans(about(report, [file]).callSites)).toEqual(eslintNameSpans(file, readFileSync(join(FIXTURES, 'bom', file), 'utf8')));
    }
    expectRestUnchanged(report, files);
  });

  it('ends lines at \\r\\n, a lone \\r, U+2028 and U+2029, in names that span lines too', () => {
    const report = scan(robustnessProject('line-endings'));
    const files = ['src/cr.js', 'src/crlf.ts', 'src/line-separator.js', 'src/paragraph-separator.js'];
    expect(about(report, files).callSites).toEqual([
      'src/cr.js:3:17-3:27 analytics.track literal Cr Three',
      'src/cr.js:4:19-4:28 analytics.track literal Cr Four',
      'src/crlf.ts:3:17-3:29 analytics.track literal Crlf Three',
      'src/crlf.ts:4:17-5:10 analytics.track literal Crlf\nTemplate',
      'src/crlf.ts:6:19-6:29 analytics.track literal Crlf Six',
      'src/line-separator.js:2:17-2:25 analytics.track literal Ls Two',
      'src/line-separator.js:2:44-2:58 analytics.track literal Ls Two Again',
      'src/line-separator.js:4:20-4:29 analytics.track literal Ls Four',
      'src/paragraph-separator.js:2:17-2:25 analytics.track literal Ps Two',
      'src/paragraph-separator.js:4:17-4:26 analytics.track literal Ps Four',
    ]);
    for (const file of files) {
      expect(spans(about(report, [file]).callSites)).toEqual(eslintNameSpans(file, readFileSync(join(FIXTURES, 'line-endings', file), 'utf8')));
    }
    expectRestUnchanged(report, files);
  });

  it('keeps the fixtures byte-exact: git must not normalize their line endings', () => {
    const crlf = readFileSync(join(FIXTURES, 'line-endings', 'src', 'crlf.ts'), 'latin1');
    const cr = readFileSync(join(FIXTURES, 'line-endings', 'src', 'cr.js'), 'latin1');
    expect(crlf.split('\r\n')).toHaveLength(7);
    expect(cr.includes('\n')).toBe(false);
    expect(readFileSync(join(FIXTURES, 'bom', 'src', 'bom.ts')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
