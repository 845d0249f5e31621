import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Report } from '../../src/report/types.js';
import { REPO } from '../helpers/cli.js';
import { BoundedCheck, type CheckOutcome } from './bounded-check.js';
import { describeCallSite, describeFinding } from './helpers.js';

/** `npm test` runs a bounded budget with a fixed seed; `npm run fuzz` (or FUZZ_RUNS=n) runs many more with fresh seeds. */
const fuzzing = process.env.npm_lifecycle_event === 'fuzz' || process.env.FUZZ_RUNS !== undefined;
const RUNS = Number(process.env.FUZZ_RUNS ?? (fuzzing ? 2000 : 100));
const SETTINGS: fc.Parameters<unknown> = fuzzing ? { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) } : { numRuns: RUNS, seed: 20_250_611 };
const CASE_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = RUNS * 2_000 + 60_000;

const checker = new BoundedCheck(CASE_TIMEOUT_MS);
afterAll(() => checker.close());

const DEMO = join(REPO, 'fixtures', 'demo');
const PLAN = 'tracking-plan.yaml';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js)$/.test(file) && statSync(join(dir, file)).isFile())
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** Demo files no other file imports: editing one cannot change what another file sends. */
const LEAVES = sourceFiles(DEMO).filter((file) => {
  const stem = basename(file).replace(/\.[^.]+$/, '');
  const imported = new RegExp(`['"][^'"]*/${stem}['"]`);
  return !sourceFiles(DEMO).some((other) => other !== file && imported.test(readFileSync(join(DEMO, other), 'utf8')));
});

const workspace = mkdtempSync(join(tmpdir(), 'trackplan-fuzz-'));
cpSync(DEMO, workspace, { recursive: true });
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function reportOf(outcome: CheckOutcome, input: unknown): Report {
  if (outcome.kind !== 'report') throw new Error(`check gave ${outcome.kind}${'message' in outcome ? `: ${outcome.message}` : ''} on ${JSON.stringify(input)}`);
  return outcome.report;
}

/** Call sites and findings of every file but `changed` and the plan. */
function elsewhere(report: Report, changed: readonly string[]): { callSites: string[]; findings: string[] } {
  const kept = (item: { file: string }): boolean => !changed.includes(item.file) && item.file !== PLAN;
  return { callSites: report.callSites.filter(kept).map(describeCallSite), findings: report.findings.filter(kept).map(describeFinding) };
}

/** Writes files into the workspace for one case and puts the demo's back afterwards. */
function withFiles<T>(files: Record<string, string | Uint8Array>, run: () => T): T {
  for (const [file, content] of Object.entries(files)) writeFileSync(join(workspace, file), content);
  try {
    return run();
  } finally {
    for (const file of Object.keys(files)) {
      const original = join(DEMO, file);
      try {
        writeFileSync(join(workspace, file), readFileSync(original));
      } catch {
        rmSync(join(workspace, file), { force: true });
      }
    }
  }
}

const baseline = reportOf(checker.run(workspace), 'the demo');

const SNIPPETS = [
  '(', ')', '{', '}', '[', ']', ';', ',', '.', "'", '"', '`', '${', '\\', '/', '/*', '*/', '//', '<', '>', '</', '/>', '=>', '?.', '...', '#', '@',
  '\n', '\r', '\r\n', '\u2028', '\u2029', '\uFEFF', '\u0000', '\u001b[31m', '\uD83D', '\uDE00', 'é', '😀',
  'analytics.track(', "analytics.track('Fuzzed Event')", 'track', 'EVENTS.', 'import ', "from './events'", 'export ', 'export default ', 'function ', 'class ', 'const ', 'let ', 'enum ',
  'async ', 'await ', 'return ', 'new ', '=', '+', '?', ':', '!', 'as const', 'satisfies ', 'module.exports = ', 'require(', '// trackplan-ignore-next-line\n', '// trackplan-events: A, B\n',
];

const snippet = fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 }));

type Edit = { kind: 'delete'; at: number; length: number } | { kind: 'insert'; at: number; text: string } | { kind: 'duplicate'; at: number; length: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: snippet }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

function applyEdit(text: string, change: Edit): string {
  const at = change.at % (text.length + 1);
  switch (change.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + change.length) + text.slice(at, at + change.length) + text.slice(at + change.length);
  }
}

describe('fuzzing: odd input never makes check crash or hang, and leaves other files alone', () => {
  it('finds the demo leaves to mutate', () => {
    expect(LEAVES.length).toBeGreaterThanOrEqual(5);
    expect(LEAVES).not.toContain('src/events.ts');
  });

  it(
    'a demo file with random edits (deleted, inserted, duplicated characters)',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...LEAVES), fc.array(edit, { minLength: 1, maxLength: 6 }), (file, edits) => {
          const text = edits.reduce(applyEdit, readFileSync(join(DEMO, file), 'utf8'));
          const report = withFiles({ [file]: text }, () => reportOf(checker.run(workspace), { file, edits }));
          expect(elsewhere(report, [file])).toEqual(elsewhere(baseline, [file]));
        }),
        SETTINGS,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a new file of random code, text or bytes, in any supported language',
    () => {
      const content = fc.oneof(
        fc.array(snippet, { maxLength: 60 }).map((parts) => parts.join('')),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.uint8Array({ maxLength: 200 }),
      );
      const extension = fc.constantFrom('ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'mts', 'vue', 'svelte');
      fc.assert(
        fc.property(extension, content, (ext, body) => {
          const file = `src/fuzzed.${ext}`;
          const report = withFiles({ [file]: body }, () => reportOf(checker.run(workspace), { file, body: typeof body === 'string' ? body : [...body] }));
          expect(elsewhere(report, [file])).toEqual(elsewhere(baseline, [file]));
        }),
        SETTINGS,
      );
    },
    TEST_TIMEOUT_MS,
  );

  const eventName = fc.oneof(fc.constantFrom('Account Created', 'Signup Started', 'Data Sent', 'x-review', 'version', ''), fc.string({ maxLength: 10 }));
  const propertySpec = fc.oneof(
    fc.constantFrom('string', 'number', 'integer', 'boolean', 'object', 'array', 'null', 'any', 'strng', ['string', 'null']),
    fc.record({ type: fc.constantFrom('string', 'integer', 'object', 'array', 'nope'), required: fc.jsonValue(), enum: fc.array(fc.jsonValue(), { maxLength: 3 }), description: fc.string() }, { requiredKeys: [] }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const eventSpec = fc.oneof(
    fc.constant({}),
    fc.record(
      {
        description: fc.string(),
        owner: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 2 })),
        properties: fc.dictionary(fc.string({ maxLength: 8 }), propertySpec, { maxKeys: 4 }),
        deprecated: fc.oneof(fc.boolean(), fc.string()),
        sources: fc.array(fc.constantFrom('web', 'ios', 'server'), { maxLength: 2 }),
        where: fc.oneof(fc.constantFrom('src/**', '[', '**/*.{ts'), fc.string({ maxLength: 6 })),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const plan = fc.record(
    {
      version: fc.constantFrom(1, 2, '1', null),
      source: fc.constantFrom('web', 'ios', 3),
      conventions: fc.record({ event: fc.constantFrom('object-action', 'snake_case', 'Title Case', 'camelCase', 'kebab', { pattern: '^[A-Z' }, { pattern: '^[A-Z].*$' }), property: fc.constantFrom('snake_case', 'camelCase', 'nope') }, { requiredKeys: [] }),
      commonProperties: fc.dictionary(fc.string({ maxLength: 8 }), propertySpec, { maxKeys: 3 }),
      questions: fc.dictionary(fc.string({ maxLength: 8 }), fc.record({ question: fc.string(), metrics: fc.array(fc.string(), { maxLength: 2 }), events: fc.array(eventName, { maxLength: 3 }) }, { requiredKeys: [] }), { maxKeys: 2 }),
      events: fc.dictionary(eventName, eventSpec, { maxKeys: 6 }),
    },
    { requiredKeys: ['version', 'events'] },
  );
  const YAML_PIECES = ['version: 1\n', 'events:\n', '  Account Created:\n', '    properties:\n', '      plan: string\n', '- ', ': ', '\n', '\t', '  ', '{', '}', '[', ']', ',', '&a ', '*a', '<<: *a\n', '!!str ', '!!binary ', "'", '"', '#', '|\n', '>\n', '---\n', '...\n', '%YAML 1.2\n', '? ', '\uFEFF', '\u0000', 'x-team: 1\n'];
  const yamlText = fc.oneof(fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 120 }));

  it(
    'a random plan or random YAML for the plan: a report or a UserError, nothing else',
    () => {
      fc.assert(
        fc.property(fc.oneof(plan.map((value) => stringify(value)), yamlText), (text) => {
          const outcome = withFiles({ [PLAN]: text }, () => checker.run(workspace));
          expect(outcome.kind, JSON.stringify({ text, outcome: 'message' in outcome ? outcome.message : outcome.kind })).toMatch(/^(report|user-error)$/);
        }),
        SETTINGS,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a random config (YAML text or JSON values): a report or a UserError, nothing else',
    () => {
      const config = fc.oneof(
        yamlText.map((text) => ({ 'trackplan.config.yaml': text })),
        fc.record({ include: fc.array(fc.oneof(fc.constantFrom('**/*.ts', '[', '{a,b', '**'), fc.string({ maxLength: 5 })), { maxLength: 2 }), exclude: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }), maxFileSize: fc.oneof(fc.integer(), fc.double(), fc.string()), presets: fc.array(fc.constantFrom('segment', 'posthog', 'nope'), { maxLength: 2 }), callees: fc.jsonValue({ maxDepth: 2 }), rules: fc.dictionary(fc.constantFrom('undeclared', 'dynamic', 'nope'), fc.constantFrom('error', 'warn', 'off', 'loud')), plan: fc.constantFrom('tracking-plan.yaml', 'missing.yaml', '../../../etc/passwd') }, { requiredKeys: [] }).map((value) => ({ 'trackplan.config.json': JSON.stringify(value) })),
        fc.jsonValue().map((value) => ({ 'trackplan.config.json': JSON.stringify(value) })),
      );
      fc.assert(
        fc.property(config, (files) => {
          const outcome = withFiles(files, () => checker.run(workspace));
          expect(outcome.kind, JSON.stringify({ files, outcome: 'message' in outcome ? outcome.message : outcome.kind })).toMatch(/^(report|user-error)$/);
        }),
        SETTINGS,
      );
    },
    TEST_TIMEOUT_MS,
  );
});
