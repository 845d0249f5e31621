import { describe, expect, test } from 'vitest';
import type { PlanDocument } from '../../src/plan/document.js';
import { importPlan } from '../../src/plan/importers/index.js';
import { parsePlan, planFromDocument } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/types.js';
import { planDocumentToYaml } from '../../src/plan/write.js';
import { fixture } from './support.js';

function withoutPositions(plan: Plan): unknown {
  return JSON.parse(JSON.stringify(plan.events, (key, value: unknown) => (key === 'location' ? undefined : value)));
}

test('writes the native format: the editor line, known keys in order, shorthand, x- keys last', () => {
  const document: PlanDocument = {
    'x-review': 'quarterly',
    events: {
      'Account Created': {
        properties: { referrer: { description: 'URL the visitor came from', required: true, type: 'string' }, plan: { type: 'string' }, anything: {} },
        owner: 'growth',
        description: 'A visitor finished sign-up.',
        'x-jira': 'GROW-12',
      },
      'Integration Enabled': {
        properties: { settings: { type: 'object', properties: { scope: { type: 'string' } } }, tags: { type: 'array', items: { type: 'string' } } },
      },
      'App Installed': { sources: ['ios', 'android'] },
      'Legacy Signup': { deprecated: 'Use Account Created' },
      'Data Sent': null,
    },
    commonProperties: { app: { type: ['string', 'null'] } },
    version: 1,
  };
  expect(planDocumentToYaml(document)).toBe(
    [
      '# yaml-language-server: $schema=./node_modules/trackplan/schema/plan.v1.json',
      '',
      'version: 1',
      'commonProperties:',
      '  app: [ string, "null" ]',
      'events:',
      '  Account Created:',
      '    description: A visitor finished sign-up.',
      '    owner: growth',
      '    properties:',
      '      referrer: { type: string, required: true, description: URL the visitor came from }',
      '      plan: string',
      '      anything: any',
      '    x-jira: GROW-12',
      '  Integration Enabled:',
      '    properties:',
      '      settings:',
      '        type: object',
      '        properties:',
      '          scope: string',
      '      tags:',
      '        type: array',
      '        items: string',
      '  App Installed:',
      '    sources: [ ios, android ]',
      '  Legacy Signup:',
      '    deprecated: Use Account Created',
      '  Data Sent: {}',
      'x-review: quarterly',
      '',
    ].join('\n'),
  );
});

test('the schema line and a closing comment can be given', () => {
  const yaml = planDocumentToYaml({ version: 1, events: {} }, { schema: '../schema/plan.v1.json', comment: ' first\n second' });
  expect(yaml).toBe('# yaml-language-server: $schema=../schema/plan.v1.json\n\nversion: 1\nevents: {}\n\n# first\n# second\n');
});

test('names YAML would misread are quoted, and read back as written', () => {
  const names = ['yes', 'null', '42', '#hashtag', 'a: b', '- dash', '"quoted"', "it's", 'tab\there', 'line\nbreak', '__proto__', '  padded  '];
  const document: PlanDocument = { version: 1, events: Object.fromEntries(names.map((name) => [name, { properties: { [name]: { type: 'string' } } }])) };
  Object.defineProperty(document.events, '__proto__', { value: { properties: { __proto__: { type: 'string' } } }, enumerable: true });
  const plan = parsePlan(planDocumentToYaml(document), 'tracking-plan.yaml');
  expect(plan.events.map((event) => event.name).sort()).toEqual([...names].sort());
  const ordinary = plan.events.filter((event) => event.name !== '__proto__');
  expect(ordinary.map((event) => Object.keys(event.properties ?? {})[0])).toEqual(ordinary.map((event) => event.name));
});

describe('every imported fixture survives the trip to YAML and back', () => {
  const fixtures = [
    ['fixtures/importers/csv/spreadsheet.csv'],
    ['fixtures/importers/csv/segment-protocols.csv'],
    ['fixtures/importers/amplitude-csv/tracking-plan-events.csv'],
    ['fixtures/importers/segment/public-api-rules.json'],
    ['fixtures/importers/segment/config-api.json'],
    ['fixtures/importers/jsonschema/definitions.json'],
    ['fixtures/importers/rudderstack/single-file.yaml'],
    ['events.yaml', 'properties.yaml', 'custom-types.yaml', 'categories.yaml', 'tracking-plan.yaml'].map((name) => `fixtures/importers/rudderstack/project/${name}`),
  ];
  test.each(fixtures)('%s', (...paths) => {
    const sources = paths.map(fixture);
    const { document } = importPlan(sources);
    const imported = planFromDocument(document, '');
    const written = parsePlan(planDocumentToYaml(document.value as PlanDocument), 'tracking-plan.yaml');
    expect(withoutPositions(written)).toEqual(withoutPositions(imported));
    expect(written.commonProperties && Object.keys(written.commonProperties)).toEqual(Object.keys(imported.commonProperties));
  });
});
