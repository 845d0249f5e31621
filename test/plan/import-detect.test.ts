import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { detectImportFormat, importPlan, importPlanDocument } from '../../src/plan/importers/index.js';
import { loadPlan } from '../../src/plan/load.js';
import { fixture, notice, spot, userError } from './support.js';

describe('detectImportFormat', () => {
  test.each([
    ['fixtures/importers/csv/spreadsheet.csv', 'csv'],
    ['fixtures/importers/amplitude-csv/tracking-plan-events.csv', 'csv'],
    ['fixtures/importers/segment/public-api-rules.json', 'segment'],
    ['fixtures/importers/segment/config-api.json', 'segment'],
    ['fixtures/importers/segment/typewriter-plan.json', 'segment'],
    ['fixtures/importers/rudderstack/single-file.yaml', 'rudderstack'],
    ['fixtures/importers/rudderstack/project/events.yaml', 'rudderstack'],
    ['fixtures/importers/jsonschema/definitions.json', 'jsonschema'],
    ['fixtures/importers/jsonschema/per-event/product-viewed.json', 'jsonschema'],
  ])('%s is %s', (path, format) => {
    const { text, displayPath } = fixture(path);
    expect(detectImportFormat(text, displayPath)).toBe(format);
  });

  test('a native plan is recognized, in YAML or JSON', () => {
    expect(detectImportFormat('version: 1\nevents:\n  A Happened: {}\n', 'plan.yaml')).toBe('native');
    expect(detectImportFormat('{ "version": 1, "events": {} }', 'plan.json')).toBe('native');
  });

  test('a CSV without a .csv extension is recognized by its content', () => {
    expect(detectImportFormat('Event,Description\nA Happened,x\n', 'plan.txt')).toBe('csv');
  });

  test('an unknown format is a user error naming the file', () => {
    expect(userError(() => detectImportFormat('hello', 'notes.txt'))).toEqual({ message: 'cannot tell which plan format notes.txt is in', file: 'notes.txt', line: 1, column: 1 });
  });
});

test('a native plan passes through unchanged', () => {
  const document = importPlanDocument('version: 1\nevents:\n  A Happened: {}\n', 'plan.yaml');
  expect(document.value).toEqual({ version: 1, events: { 'A Happened': {} } });
  expect(document.locate(['events', 'A Happened'], 'key')).toMatchObject({ line: 3, column: 3 });
});

test('files in different formats are refused', () => {
  const files = [fixture('fixtures/importers/csv/spreadsheet.csv'), fixture('fixtures/importers/segment/config-api.json')];
  expect(userError(() => importPlan(files)).message).toBe('the files to import are in different formats (csv, segment)');
});

test('several files of one format make one plan; an event defined twice keeps the first and is listed', () => {
  const first = fixture('fixtures/importers/jsonschema/per-event/product-viewed.json');
  const second = { text: '{ "title": "Product Viewed", "properties": {} }', displayPath: 'again.json' };
  const { document, unsupported } = importPlan([first, second]);
  expect(Object.keys((document.value as { events: object }).events)).toEqual(['Product Viewed']);
  expect(unsupported).toEqual([
    notice(spot(second, 1, '"Product Viewed"'), 'the event "Product Viewed" is defined again: the first definition is kept'),
    notice(spot(first, 8, '"anyOf"'), '"anyOf" of "variant" is not checked by trackplan: only a choice of plain types is'),
  ]);
});

test('loadPlan reads a plan in another format through the importers', () => {
  const path = fileURLToPath(new URL('../../fixtures/importers/csv/one-row-per-event.csv', import.meta.url));
  const plan = loadPlan(path, 'one-row-per-event.csv');
  expect(plan.file).toBe('one-row-per-event.csv');
  expect(plan.events.map((event) => [event.name, event.location.line])).toEqual([
    ['Checkout Started', 2],
    ['Order Completed', 3],
    ['Coupon Applied', 4],
  ]);
});
