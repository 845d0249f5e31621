import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EsNode } from '../../src/extract/ast.js';
import { analyzeModule } from '../../src/resolve/analyze-module.js';
import { findExcessiveNesting, MAX_NESTING } from '../../src/scan/nesting.js';
import { REPO } from '../helpers/cli.js';
import { about, expectRestUnchanged, robustnessProject, scan } from './helpers.js';

const TOO_DEEP = `parse-error could not be parsed: nested more than ${MAX_NESTING} levels deep, too deep to parse safely`;

function repeat(text: string, times: number): string {
  return text.repeat(times);
}

/** Nesting that overflowed oxc-parser's stack on an 8 MB main thread (a segfault), at the smallest depth measured. */
const CRASHED_THE_PARSER: Record<string, string> = {
  'nested functions (3,400)': `${repeat('function f(){', 3400)}${repeat('}', 3400)}`,
  'nested async functions (2,040)': `${repeat('async function f(){ await ', 2040)}1${repeat('}', 2040)}`,
  'classes with methods (2,350)': `${repeat('class A { m() { ', 2350)}${repeat('} }', 2350)}`,
  'object methods (2,500)': `x = ${repeat('{ m() { return ', 2500)}1${repeat('} }', 2500)};`,
  'templates (4,100)': `x = ${repeat('`${', 4100)}1${repeat('}`', 4100)};`,
  'type arguments (4,240)': `let x: ${repeat('A<', 4240)}B${repeat('>', 4240)};`,
  'parentheses (6,000)': `x = ${repeat('(', 6000)}1${repeat(')', 6000)};`,
  'arrays (6,000)': `x = ${repeat('[', 6000)}${repeat(']', 6000)};`,
  'assignments (10,000)': `${repeat('a=', 10000)}1;`,
  'arrow functions (10,000)': `x = ${repeat('a=>', 10000)}1;`,
  'if statements (10,000)': `${repeat('if(a)', 10000)}b;`,
  'conditionals (8,400)': `x = ${repeat('a?b:', 8400)}c;`,
  'unary operators (10,000)': `x = ${repeat('!', 10000)}a;`,
  'JSX elements (10,000)': `x = ${repeat('<a b="c">', 10000)}${repeat('</a>', 10000)};`,
  'a + a + … (100,000)': `x = ${Array.from({ length: 100000 }, () => 'a').join('+')};`,
};

describe('the nesting estimate keeps the native parser from overflowing its stack', () => {
  for (const [shape, text] of Object.entries(CRASHED_THE_PARSER)) {
    it(`refuses ${shape}`, () => {
      expect(findExcessiveNesting(text)).toBeTypeOf('number');
    });
  }

  it('points at the bracket where the estimate passes the limit', () => {
    expect(findExcessiveNesting(`x = ${repeat('(', 2000)}1${repeat(')', 2000)};`)).toBe(4 + MAX_NESTING - 1);
    expect(findExcessiveNesting(`${repeat('[', MAX_NESTING)}${repeat(']', MAX_NESTING)}`)).toBeUndefined();
    expect(findExcessiveNesting(`${repeat('[', MAX_NESTING + 1)}${repeat(']', MAX_NESTING + 1)}`)).toBe(MAX_NESTING);
  });

  it('does not count brackets inside strings, comments, templates and regular expressions', () => {
    const brackets = repeat('((([[[{{{', 2000);
    for (const text of [`'${brackets}'`, `"${brackets}"`, `// ${brackets}`, `/* ${brackets} */`, `\`${brackets}\``, `x = /\\(${brackets.replace(/[[(]/g, '\\$&')}/;`]) {
      expect(findExcessiveNesting(`${text}\nanalytics.track('A');\n`)).toBeUndefined();
    }
  });

  it('lets sibling statements, arguments and lines without semicolons start again from their level', () => {
    const statements = repeat('a = b + c ? d : e;\n', 5000);
    const lines = repeat('const a = b ? c : d\n', 5000);
    const argumentsList = `f(${Array.from({ length: 5000 }, () => '!a').join(', ')});`;
    expect([statements, lines, argumentsList].map((text) => findExcessiveNesting(text))).toEqual([undefined, undefined, undefined]);
  });

  it('passes real code, minified bundles and generated files included, far below the limit', () => {
    const files = [
      'typescript/lib/typescript.js',
      'svelte/compiler/index.js',
      '@vue/compiler-sfc/dist/compiler-sfc.cjs.js',
      'esquery/dist/esquery.min.js',
      '@babel/types/lib/builders/generated/uppercase.js',
      'eslint/lib/linter/linter.js',
    ];
    for (const file of files) {
      expect(findExcessiveNesting(readFileSync(join(REPO, 'node_modules', file), 'utf8'), MAX_NESTING / 5), file).toBeUndefined();
    }
  });
});

describe('a deeply nested file becomes a parse error, and the rest of the report stays right', () => {
  it('turns 20,000 parentheses, a + a + … 100,000 long and arrays 10,000 deep into parse errors with their literal calls recovered', () => {
    const wrap = (name: string, expression: string): string => `import { analytics } from './analytics';\nanalytics.track('${name} Before');\nconst x = ${expression};\nanalytics.track('${name} After');\n`;
    const files = {
      'src/parens.ts': wrap('Parens', `${repeat('(', 20000)}1${repeat(')', 20000)}`),
      'src/sum.ts': wrap('Sum', Array.from({ length: 100000 }, () => 'a').join('+')),
      'src/arrays.ts': wrap('Arrays', `${repeat('[', 10000)}${repeat(']', 10000)}`),
    };
    const report = scan(robustnessProject(undefined, { files }));
    expect(about(report, Object.keys(files))).toEqual({
      callSites: [
        'src/arrays.ts:2:17-2:32 analytics.track literal Arrays Before [recovered]',
        'src/arrays.ts:4:17-4:31 analytics.track literal Arrays After [recovered]',
        'src/parens.ts:2:17-2:32 analytics.track literal Parens Before [recovered]',
        'src/parens.ts:4:17-4:31 analytics.track literal Parens After [recovered]',
        'src/sum.ts:2:17-2:29 analytics.track literal Sum Before [recovered]',
        'src/sum.ts:4:17-4:28 analytics.track literal Sum After [recovered]',
      ],
      findings: [
        'src/arrays.ts:2:17-2:32 undeclared "Arrays Before" is not in the tracking plan',
        `src/arrays.ts:3:1010-3:1010 ${TOO_DEEP}`,
        'src/arrays.ts:4:17-4:31 undeclared "Arrays After" is not in the tracking plan',
        'src/parens.ts:2:17-2:32 undeclared "Parens Before" is not in the tracking plan',
        `src/parens.ts:3:1010-3:1010 ${TOO_DEEP}`,
        'src/parens.ts:4:17-4:31 undeclared "Parens After" is not in the tracking plan',
        'src/sum.ts:2:17-2:29 undeclared "Sum Before" is not in the tracking plan',
        `src/sum.ts:3:31980-3:31980 ${TOO_DEEP}`,
        'src/sum.ts:4:17-4:28 undeclared "Sum After" is not in the tracking plan',
      ],
      notices: [],
    });
    expectRestUnchanged(report, Object.keys(files));
  });

  it('analyzes code just under the limit, deeper than a recursive walk could go', () => {
    const files = {
      'src/concatenation.ts': `import { analytics } from './analytics';\nconst s = ${Array.from({ length: 8000 }, () => "'a'").join(' + ')};\nanalytics.track('Long Concatenation', { plan: s });\n`,
      'src/functions.ts': `import { analytics } from './analytics';\n${repeat('function f() {\n', 990)}analytics.track('Deep Function');\n${repeat('}\n', 990)}`,
      'src/pattern.ts': `import { analytics } from './analytics';\nconst ${repeat('[', 900)}q${repeat(']', 900)} = [];\nanalytics.track('After Pattern');\n`,
      'src/properties.ts': `import { analytics } from './analytics';\nanalytics.track('Deep Properties', ${repeat('{ a: ', 490)}1${repeat(' }', 490)});\n`,
    };
    const report = scan(robustnessProject(undefined, { files }));
    expect(about(report, Object.keys(files)).callSites).toEqual([
      'src/concatenation.ts:3:17-3:37 analytics.track literal Long Concatenation',
      'src/functions.ts:992:17-992:32 analytics.track literal Deep Function',
      'src/pattern.ts:3:17-3:32 analytics.track literal After Pattern',
      'src/properties.ts:2:17-2:34 analytics.track literal Deep Properties',
    ]);
    expect(report.findings.filter((finding) => finding.kind === 'parse-error')).toEqual([]);
    expectRestUnchanged(report, Object.keys(files));
  });

  it('walks a module of any depth without recursion', () => {
    const range: [number, number] = [0, 1];
    const call = { type: 'CallExpression', range, callee: { type: 'Identifier', name: 'f', range }, arguments: [], optional: false };
    let expression: EsNode = call;
    for (let depth = 0; depth < 200_000; depth++) expression = { type: 'BinaryExpression', operator: '+', range, left: expression, right: { type: 'Identifier', name: 'a', range } };
    const program: EsNode = { type: 'Program', range, sourceType: 'module', body: [{ type: 'ExpressionStatement', range, expression }] };
    expect(analyzeModule(program).calls.map((record) => record.node)).toEqual([call]);
  });
});
