import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-undeclared-event.js';
import { Prefilter } from '../../src/scan/prefilter.js';
import { ProjectModules } from '../../src/resolve/loader.js';
import { ImportGraph } from '../../src/resolve/import-graph.js';
import { fileStamp } from '../../src/util/file-stamp.js';
import { mayHoldCallSites } from '../../rules/util/may-hold-call-sites.js';
import { ProjectRegistry } from '../../rules/util/projects.js';
import { project, ruleTester } from './tester.js';

const dir = project({
  'tracking-plan.yaml': 'version: 1\nevents:\n  Signed Up: {}\n',
  'src/client.ts': "export const analytics = { track(name: string, properties?: object) {} };\n",
  'src/send.ts': "import { analytics } from './client';\nexport default function send(name: string) {\n  analytics.track(name);\n}\nexport const LABEL = 'Sign up';\nexport enum Area { Billing = 'Billing' }\n",
  'src/index.ts': "export { default as report, LABEL, Area } from './send';\nexport { formatDate } from './dates';\n",
  'src/dates.ts': "export const formatDate = (date: Date) => date.toISOString();\n",
  'src/Button.tsx': "import report from './send';\nexport function Button() {\n  return <button onClick={() => report('Signed Up')} />;\n}\n",
  'src/service.ts': "import send from './send';\nexport class Analytics {\n  emit(name: string) {\n    send(name);\n  }\n}\n",
});

/** Whether the file would be analysed, as the rules see it: ESLint's own parse and scope analysis. */
function decide(code: string, name = 'src/app.tsx'): boolean {
  const file = join(dir, name);
  const lookup = new ProjectRegistry().lookup(file, dir, undefined);
  if (lookup.kind !== 'ready') throw new Error(`no project: ${lookup.kind}`);
  let decision: boolean | undefined;
  const probe: Rule.RuleModule = { create: (context) => ({ Program: () => void (decision = mayHoldCallSites(context.sourceCode, file, lookup.project)) }) };
  const linter = new Linter({ cwd: dir });
  const messages = linter.verify(code, [{ files: ['**/*.tsx', '**/*.ts'], plugins: { test: { rules: { probe } } }, rules: { 'test/probe': 'error' }, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }], file);
  expect(messages).toEqual([]);
  if (decision === undefined) throw new Error('the probe did not run');
  return decision;
}

describe('mayHoldCallSites', () => {
  it('skips a file that neither spells a callee nor uses anything that can lead to one', () => {
    expect(decide("import { formatDate } from './dates';\nexport const today = formatDate(new Date());\n")).toBe(false);
    expect(decide("import lodash from 'lodash';\nlodash.trackBy('a');\n")).toBe(false);
  });

  it('skips strings and enums from a module that tracks, and components used as JSX tags', () => {
    expect(decide("import { LABEL, Area } from './index';\nimport { Button } from './Button';\nexport const App = () => <Button>{LABEL}{Area.Billing}</Button>;\n")).toBe(false);
  });

  it('analyses a file that spells a callee, calls require, or uses a function that a tracking module hands out', () => {
    expect(decide("analytics.track('Signed Up');\n")).toBe(true);
    expect(decide("const { report } = require('./index');\n")).toBe(true);
    expect(decide("import { report as notify } from './index';\nnotify('Signed Up');\n")).toBe(true);
    expect(decide("import * as events from './index';\nexport const first = events;\n")).toBe(true);
    expect(decide("import { Button } from './Button';\nexport const render = () => Button();\n")).toBe(true);
  });

  it('analyses a class whose member is typed with a class from a tracking module', () => {
    expect(decide("import type { Analytics } from './service';\nexport class Page {\n  constructor(private analytics: Analytics) {}\n  open() {\n    this.analytics.emit('Signed Up');\n  }\n}\n", 'src/page.ts')).toBe(true);
    expect(decide("import type { Analytics } from './service';\nexport function open(analytics: Analytics) {\n  return analytics;\n}\n", 'src/page.ts')).toBe(false);
  });
});

describe('ImportGraph', () => {
  it('follows imports to the end, through cycles, and notices a changed module', () => {
    const graphDir = project({
      'a.ts': "import { b } from './b';\nexport const a = b;\n",
      'b.ts': "import { a } from './a';\nimport { c } from './c';\nexport const b = () => a;\nexport { c };\n",
      'c.ts': 'export const c = 1;\n',
      'd.ts': "import './a';\nexport const d = (name: string) => analytics.track(name);\n",
    });
    const modules = new ProjectModules(graphDir);
    const prefilter = new Prefilter({ specs: [{ name: '*.track' }], excludedReceivers: [], reservedKeys: [], reservedPrefixes: [], sdkPackages: [] });
    const graph = new ImportGraph((from, specifier) => modules.resolveProjectFile(from, specifier), (text) => prefilter.test(text), fileStamp);
    expect(graph.reachesCallee(join(graphDir, 'a.ts'))).toBe(false);
    expect(graph.reachesCallee(join(graphDir, 'd.ts'))).toBe(true);
    expect(graph.changed()).toBe(false);
    writeFileSync(join(graphDir, 'c.ts'), "export const c = () => analytics.track('Signed Up');\n");
    utimesSync(join(graphDir, 'c.ts'), 2_000_000, 2_000_000);
    expect(graph.changed()).toBe(true);
  });
});

const CALLER = "import notify from './send';\nimport { report } from './index';\n\nexport function onClick() {\n  notify('Signed Upp');\n  report('Sign up');\n}\n";
const replace = (event: string, output: string) => ({ messageId: 'replaceWithPlanned', data: { event, suggestion: 'Signed Up' }, output });

// Every call of the wrapper below is reached only through the import: no text of the file says `track`.
ruleTester(join(dir, 'tracking-plan.yaml')).run('no-undeclared-event through a renamed default import', rule, {
  valid: [{ code: "import { LABEL } from './index';\nexport const label = LABEL;\n", filename: join(dir, 'src/app.ts') }],
  invalid: [
    {
      code: CALLER,
      filename: join(dir, 'src/app.ts'),
      errors: [
        { messageId: 'undeclaredWithSuggestion', data: { event: 'Signed Upp', suggestion: 'Signed Up' }, line: 5, column: 10, endLine: 5, endColumn: 22, suggestions: [replace('Signed Upp', CALLER.replace("'Signed Upp'", "'Signed Up'"))] },
        { messageId: 'undeclared', data: { event: 'Sign up' }, line: 6, column: 10, endLine: 6, endColumn: 19 },
      ],
    },
  ],
});
