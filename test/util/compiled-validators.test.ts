import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileValidators, loadSchema, schemaHashes, VALIDATOR_OPTIONS } from '../../src/util/compile-validators.js';
import { compiledValidatorsPath, VALIDATED_SCHEMAS, type CompiledValidator, type CompiledValidators, type ValidatedSchema } from '../../src/util/validate-schema.js';
import { REPO } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;

const built = require(compiledValidatorsPath()) as CompiledValidators & { schemaHashes: Record<ValidatedSchema, string> };
const compile = (schemaFile: ValidatedSchema): CompiledValidator => new Ajv(VALIDATOR_OPTIONS).compile(loadSchema(schemaFile));
const compiledNow: CompiledValidators = { 'plan.v1.json': compile('plan.v1.json'), 'config.v1.json': compile('config.v1.json') };

function outcome(validate: CompiledValidator, document: unknown): { valid: boolean; errors: unknown } {
  const valid = validate(document);
  return { valid, errors: validate.errors };
}

/** Both validators' verdicts and errors (with verbose's schema, parentSchema and data); the error keywords seen. */
function compare(schemaFile: ValidatedSchema, document: unknown): string[] {
  const fromBuild = outcome(built[schemaFile], document);
  expect(fromBuild).toStrictEqual(outcome(compiledNow[schemaFile], document));
  return ((fromBuild.errors ?? []) as { keyword: string }[]).map((error) => error.keyword);
}

const BAD_PLANS: unknown[] = [
  [],
  'version: 1',
  {},
  { version: 2, events: {} },
  { version: 1, events: [], conventions: { event: 'kebab-case', propery: 'snake_case' } },
  { version: 1, events: { '': {} } },
  { version: 1, source: '', events: { A: { descripton: 'x', owner: [], where: [''], sources: [1], deprecated: 3 } } },
  { version: 1, events: { A: { properties: { plan: 'strng', tags: { type: [], items: 'nope' }, level: { type: 'string', enum: [] } } } } },
  { version: 1, events: { A: { properties: { p: { type: 'string', enum: [[1]], required: 'yes' }, q: { type: 'object', properties: { r: 4 } } } } } },
  { version: 1, questions: { activation: { question: 1, metrics: 'x', events: [''] } }, events: {}, commonProperties: { app: null } },
  { version: 1, conventions: { event: { pattern: 1, flags: 'i' } }, events: {}, 'x-review': { anything: true } },
];

const BAD_CONFIGS: unknown[] = [
  null,
  ['plan'],
  { plan: '', source: 3, include: '**/*.ts', exclude: [''], types: 'yes', maxFileSize: 0 },
  { presets: ['segmnt', 'posthog'], rules: { undeclared: 'loud', unknwn: 'off' }, receivers: { exclude: [''], include: [] } },
  { callees: [{ event: -1 }, { name: 'a..b', properties: 1.5, eventKey: '' }, 'track', { name: '*', extra: true }] },
  { maxFileSize: 2.5, generated: [null], plan: 'plan.yaml', 'x-own': 1 },
];

describe('the validators built from schema/*.json', () => {
  it('recorded the hashes of the schema files as they are now (run `npm run build` after changing a schema)', () => {
    expect(built.schemaHashes).toEqual(schemaHashes());
  });

  it('are what the generator makes now from the same schemas, ajv version and options', () => {
    expect(readFileSync(compiledValidatorsPath(), 'utf8')).toBe(compileValidators());
  });

  it('give the same verdicts and errors as the schemas compiled by ajv, on bad plans and configs', () => {
    const keywords = new Set([...BAD_PLANS.flatMap((plan) => compare('plan.v1.json', plan)), ...BAD_CONFIGS.flatMap((config) => compare('config.v1.json', config))]);
    expect([...keywords].sort()).toEqual(['additionalProperties', 'const', 'enum', 'minItems', 'minLength', 'minimum', 'oneOf', 'pattern', 'propertyNames', 'required', 'type']);
  });

  it('give the same verdicts and errors as the schemas compiled by ajv, on random documents made of the schemas’ words', () => {
    const words = [...new Set(VALIDATED_SCHEMAS.flatMap((schemaFile) => wordsOf(loadSchema(schemaFile))))].sort();
    const word = fc.constantFrom(...words, 'x-team', 'descripton', '');
    const scalar = fc.oneof(word, fc.integer({ min: -1, max: 3 }), fc.double(), fc.boolean(), fc.constant(null));
    const { value, map } = fc.letrec<{ value: unknown; map: Record<string, unknown> }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', maxDepth: 5 }, scalar, fc.array(tie('value'), { maxLength: 3 }), tie('map')),
      map: fc.dictionary(word, tie('value'), { maxKeys: 4 }),
    }));
    const plan = fc.oneof(value, fc.tuple(map, map).map(([top, events]) => ({ version: 1, ...top, events })));
    const keywords = new Set<string>();
    fc.assert(
      fc.property(plan, map, (planDocument, configDocument) => {
        for (const keyword of [...compare('plan.v1.json', planDocument), ...compare('config.v1.json', configDocument)]) keywords.add(keyword);
      }),
      { numRuns: 300, seed: 9 },
    );
    expect([...keywords]).toEqual(expect.arrayContaining(['additionalProperties', 'enum', 'required', 'type']));
  });

  it('are all a run loads of ajv: its runtime helpers, never its compiler', () => {
    const script = `
      import { createRequire } from 'node:module';
      import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import { join, relative } from 'node:path';
      const { parsePlan } = await import('./dist/src/plan/load.js');
      const { resolveConfig } = await import('./dist/src/config/load.js');
      const failure = (run) => { try { run(); } catch (error) { return error.message; } };
      const project = mkdtempSync(join(tmpdir(), 'trackplan-validators-'));
      writeFileSync(join(project, 'trackplan.config.json'), '{ "presets": ["segmnt"] }');
      const messages = [
        failure(() => parsePlan('version: 1\\nevents:\\n  A:\\n    descripton: x\\n', 'plan.yaml')),
        failure(() => resolveConfig({ root: project, cwd: project })),
      ];
      rmSync(project, { recursive: true, force: true });
      const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => relative(process.cwd(), file).split('\\\\').join('/'));
      console.log(JSON.stringify({ messages, loaded: loaded.filter((file) => file.includes('ajv') || file.includes('validators')).sort() }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { messages, loaded } = JSON.parse(result.stdout) as { messages: string[]; loaded: string[] };
    expect(messages).toEqual(['unknown key "descripton" in "events.A"; did you mean "description"?', '"segmnt" is not allowed for "presets.0"; did you mean "segment"?']);
    expect(loaded.filter((file) => !file.startsWith('node_modules/ajv/dist/runtime/'))).toEqual(['dist/src/util/schema-validators.cjs']);
  });
});

/** Property names, enum values and type names of a schema: the vocabulary random documents are made of. */
function wordsOf(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(wordsOf);
  if (typeof schema !== 'object' || schema === null) return [];
  return Object.entries(schema).flatMap(([key, value]) => {
    const names = key === 'properties' && typeof value === 'object' && value !== null ? Object.keys(value) : [];
    const values = key === 'enum' || key === 'type' ? [value].flat().filter((item): item is string => typeof item === 'string') : [];
    return [...names, ...values, ...wordsOf(value)];
  });
}
