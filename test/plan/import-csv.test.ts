import { describe, expect, test } from 'vitest';
import { importPlan } from '../../src/plan/importers/index.js';
import { planFromDocument } from '../../src/plan/load.js';
import { eventShapes, fixture, importFixtures, notice, property, spot, userError } from './support.js';

describe('spreadsheet CSV, one row per event × property', () => {
  const path = 'fixtures/importers/csv/spreadsheet.csv';
  const source = fixture(path);

  test('imports every event with its properties, each at its cell', () => {
    const { plan } = importFixtures([path]);
    expect(eventShapes(plan)).toEqual([
      {
        name: 'Account Created',
        description: 'A visitor finished sign-up and now has an account.',
        owners: ['growth'],
        where: [],
        at: spot(source, 2, 'Account Created'),
        properties: {
          referrer: property('referrer', ['string'], spot(source, 2, 'referrer'), { required: true }),
          plan: property('plan', ['string'], spot(source, 3, 'plan'), { enum: ['free', 'pro', 'enterprise'] }),
          seats: property('seats', ['integer'], spot(source, 4, 'seats')),
        },
      },
      {
        name: 'Integration Enabled',
        description: 'A workspace connected an integration, such as Slack\nor GitHub.',
        owners: ['growth', 'platform'],
        where: [],
        at: spot(source, 5, 'Integration Enabled'),
        properties: {
          integration: property('integration', ['string'], spot(source, 6, 'integration'), { required: true }),
          settings: property('settings', ['object'], spot(source, 7, 'settings')),
        },
      },
      { name: 'Legacy Signup', description: 'The old sign-up flow.', owners: ['growth'], where: [], deprecated: true, at: spot(source, 8, 'Legacy Signup') },
      {
        name: 'Data Sent',
        description: 'A source sent its first data.',
        owners: ['platform'],
        where: [],
        at: spot(source, 10, 'Data Sent'),
        properties: {
          source_type: property('source_type', ['string', 'null'], spot(source, 10, 'source_type'), { required: true }),
          retries: property('retries', ['number'], spot(source, 11, 'retries'), { enum: [0, 1, 2] }),
        },
      },
    ]);
  });

  test('lists the column it cannot import, at its header cell', () => {
    expect(importFixtures([path]).notices).toEqual([notice(spot(source, 1, 'Notes'), 'column "Notes" is not imported: the plan has no place for it')]);
  });

  test('gives the same positions with CRLF line endings and a byte order mark', () => {
    const crlf = { text: `\ufeff${source.text.replace(/\n/g, '\r\n')}`, displayPath: path };
    const plan = planFromDocument(importPlan([crlf]).document, crlf.text);
    const integration = plan.events[1]?.properties?.integration?.location;
    expect(integration).toMatchObject({ line: 6, column: spot(source, 6, 'integration').column });
    expect(plan.events[3]?.location).toMatchObject({ line: 10, column: 1 });
  });
});

test('one row per event, with ";" as the delimiter and loose header names', () => {
  const path = 'fixtures/importers/csv/one-row-per-event.csv';
  const source = fixture(path);
  const { plan, notices } = importFixtures([path]);
  expect(eventShapes(plan)).toEqual([
    { name: 'Checkout Started', description: 'A shopper opened the checkout.', owners: ['payments'], where: [], at: spot(source, 2, 'Checkout Started') },
    { name: 'Order Completed', description: 'A shopper paid for an order.', owners: ['payments'], where: [], at: spot(source, 3, 'Order Completed') },
    { name: 'Coupon Applied', owners: ['marketing'], where: [], deprecated: true, at: spot(source, 4, 'Coupon Applied') },
  ]);
  expect(notices).toEqual([]);
});

test("Segment Protocols' download: the event repeated on each row, identify rows and labels listed", () => {
  const path = 'fixtures/importers/csv/segment-protocols.csv';
  const source = fixture(path);
  const { plan, notices } = importFixtures([path]);
  expect(eventShapes(plan)).toEqual([
    {
      name: 'Order Completed',
      description: 'A shopper paid for an order.',
      owners: [],
      where: [],
      at: spot(source, 2, 'Order Completed'),
      properties: {
        order_id: property('order_id', ['string'], spot(source, 2, 'order_id'), { required: true, description: 'Order/transaction ID' }),
        revenue: property('revenue', ['number'], spot(source, 3, 'revenue'), { description: 'Revenue excluding shipping and tax' }),
        currency: property('currency', ['string'], spot(source, 4, 'currency'), { description: 'Currency code of the transaction', enum: ['USD', 'EUR', 'GBP'] }),
        placed_at: property('placed_at', ['string'], spot(source, 5, 'placed_at'), { description: 'When the order was placed' }),
      },
    },
    {
      name: 'Product Viewed',
      description: 'A shopper viewed a product page.',
      owners: [],
      where: [],
      at: spot(source, 6, 'Product Viewed'),
      properties: { product_id: property('product_id', ['string'], spot(source, 6, 'product_id'), { required: true, description: 'Database id of the product' }) },
    },
  ]);
  expect(notices).toEqual([
    notice(spot(source, 1, 'Labels'), 'column "Labels" is not imported: the plan has no place for it'),
    notice(spot(source, 5, 'Date time'), '"Date time" is imported as a string: its format is not checked'),
    notice(spot(source, 7, 'Identify'), 'the Identify row is not imported: trackplan checks track calls'),
  ]);
});

test('a stray quote inside an unquoted cell does not shift the cells after it', () => {
  const source = { text: 'Event,Description,Property\nTV Viewed,A 55" screen,size\nRadio Played,"say ""hi""",volume\n', displayPath: 'plan.csv' };
  const plan = planFromDocument(importPlan([source]).document, source.text);
  expect(plan.events.map((event) => [event.description, Object.values(event.properties ?? {})[0]?.location])).toEqual([
    ['A 55" screen', expect.objectContaining(spot(source, 2, 'size'))],
    ['say "hi"', expect.objectContaining(spot(source, 3, 'volume'))],
  ]);
});

test('cell columns count UTF-16 code units after multi-byte characters', () => {
  const source = { text: 'Event,Description,Property\nCafé Opened,"Ünïcode 😀 text",size\n', displayPath: 'plan.csv' };
  const plan = planFromDocument(importPlan([source]).document, source.text);
  expect(plan.events[0]?.properties?.size?.location).toMatchObject(spot(source, 2, 'size'));
});

describe('mistakes in a CSV are user errors at their cell', () => {
  const run = (text: string) => userError(() => importPlan([{ text, displayPath: 'plan.csv' }]));

  test('an unclosed quote', () => {
    expect(run('Event,Description\nSigned Up,"oops\nNext,x\n')).toEqual({ message: 'a quoted cell is never closed', file: 'plan.csv', line: 2, column: 1 });
  });

  test('a property before any event', () => {
    expect(run('Event,Property\n,plan\n')).toEqual({ message: 'the property "plan" comes before any event', file: 'plan.csv', line: 2, column: 2 });
  });

  test('an unknown type, with a suggestion', () => {
    expect(run('Event,Property,Type\nA B,x,stirng\n')).toEqual({ message: 'unknown property type "stirng"; did you mean "string"?', file: 'plan.csv', line: 2, column: 7 });
  });

  test('a required flag that is neither yes nor no', () => {
    expect(run('Event,Property,Required\nA,x,maybe\n')).toEqual({ message: '"maybe" is neither yes nor no', file: 'plan.csv', line: 2, column: 5 });
  });

  test('no event column', () => {
    expect(run('Foo,Bar\n1,2\n')).toEqual({ message: 'the CSV has no event column', file: 'plan.csv', line: 1, column: 1 });
  });

  test('an empty file', () => {
    expect(run('\n\n')).toEqual({ message: 'the CSV is empty', file: 'plan.csv', line: 1, column: 1 });
  });
});
