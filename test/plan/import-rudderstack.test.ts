import { describe, expect, test } from 'vitest';
import { importPlan } from '../../src/plan/importers/index.js';
import { eventShapes, fixture, importFixtures, notice, property, spot, userError } from './support.js';

const dir = 'fixtures/importers/rudderstack/project';
const files = ['categories.yaml', 'custom-types.yaml', 'events.yaml', 'properties.yaml', 'tracking-plan.yaml'].map((name) => `${dir}/${name}`);
const [, customTypes, events, properties, trackingPlan] = files.map(fixture);

describe('a rudder/v1 project across several files', () => {
  test('imports the tracking plan rules with the catalog events and properties they reference', () => {
    const { plan } = importFixtures(files);
    if (!customTypes || !events || !properties) throw new Error('fixtures missing');
    expect(eventShapes(plan)).toEqual([
      {
        name: 'Product Viewed',
        description: 'User viewed a product detail page',
        owners: [],
        where: [],
        at: spot(events, 8, 'Product Viewed'),
        properties: {
          product_id: property('product_id', ['string'], spot(properties, 8, 'product_id'), { required: true, description: 'Database id of the product' }),
          price: property('price', ['number'], spot(properties, 12, 'price')),
          page_url: property('page_url', ['string'], spot(properties, 37, 'page_url')),
        },
      },
      {
        name: 'Order Completed',
        description: 'User completed an order',
        owners: [],
        where: [],
        at: spot(events, 13, 'Order Completed'),
        properties: {
          order_id: property('order_id', ['string'], spot(properties, 34, 'order_id'), { required: true }),
          currency: property('currency', ['string'], spot(properties, 17, 'currency'), { enum: ['USD', 'EUR', 'GBP'] }),
          tags: property('tags', ['array'], spot(properties, 22, 'tags'), { items: property('items', ['string'], spot(properties, 22, 'tags')) }),
          coupon: property('coupon', ['string', 'null'], spot(properties, 26, 'coupon')),
          shipping_address: property('shipping_address', ['object'], spot(properties, 31, 'shipping_address'), {
            required: true,
            description: 'A postal address',
            properties: {
              city: property('city', ['string'], spot(customTypes, 23, 'city'), { required: true }),
              zipcode: property('zipcode', ['string'], spot(customTypes, 26, 'zipcode')),
            },
          }),
        },
      },
    ]);
  });

  test('gives the same plan whatever order the files come in', () => {
    const reversed = importFixtures([...files].reverse()).plan;
    expect(eventShapes(reversed)).toEqual(eventShapes(importFixtures(files).plan));
  });

  test('keeps the event category as x-category', () => {
    const value = importPlan(files.map(fixture)).document.value as { events: Record<string, Record<string, unknown>> };
    expect(value.events['Product Viewed']?.['x-category']).toBe('Ecommerce');
  });

  test('lists what it cannot import', () => {
    if (!events || !properties || !trackingPlan) throw new Error('fixtures missing');
    expect(importFixtures(files).notices).toEqual([
      notice(spot(events, 17, 'id'), 'the event "wishlist_shared" is in no tracking plan: not imported'),
      notice(spot(events, 21, 'event_type'), 'the identify event "user_identified" is not imported: trackplan checks track calls'),
      notice(spot(properties, 15, 'minimum'), '"minimum" of "price" is not checked by trackplan'),
      notice(spot(properties, 40, 'format'), '"format" of "page_url" is not checked by trackplan'),
      notice(spot(trackingPlan, 12, 'additional_properties'), 'additional_properties: true is not imported: trackplan reports properties the plan does not list'),
      notice(spot(trackingPlan, 30, 'variants'), '"variants" are not imported: trackplan checks one set of properties per event'),
    ]);
  });
});

test('a multi-document file, detected by its version', () => {
  const path = 'fixtures/importers/rudderstack/single-file.yaml';
  const source = fixture(path);
  const { plan, notices } = importFixtures([path]);
  expect(eventShapes(plan)).toEqual([
    {
      name: 'Application Opened',
      description: 'The app came to the foreground',
      owners: [],
      where: [],
      at: spot(source, 8, 'Application Opened'),
      properties: { from_background: property('from_background', ['boolean'], spot(source, 22, 'from_background'), { required: true }) },
    },
    {
      name: 'Signup Completed',
      owners: [],
      where: [],
      at: spot(source, 12, 'Signup Completed'),
      properties: { method: property('method', ['string'], spot(source, 25, 'method'), { required: true, enum: ['email', 'google'] }) },
    },
  ]);
  expect(notices).toEqual([]);
});

describe('mistakes in a RudderStack project are user errors at their node', () => {
  const catalog = 'version: rudder/v1\nkind: events\nspec:\n  events:\n    - id: product_viewed\n      name: Product Viewed\n      event_type: track\n';
  const run = (text: string) => userError(() => importPlan([{ text, displayPath: 'catalog.yaml' }], 'rudderstack'));

  test('a reference to an undefined event, with a suggestion', () => {
    const plan = `${catalog}---\nversion: rudder/v1\nkind: tracking-plan\nspec:\n  id: web\n  rules:\n    - type: event_rule\n      id: r\n      event: "#event:product_view"\n`;
    expect(run(plan)).toEqual({ message: '"#event:product_view" does not name a defined event; did you mean "#event:product_viewed"?', file: 'catalog.yaml', line: 16, column: 14 });
  });

  test('a rudder/0.1 spec', () => {
    expect(run('version: rudder/0.1\nkind: tp\nspec: {}\n')).toEqual({ message: 'RudderStack rudder/0.1 specs are not supported', file: 'catalog.yaml', line: 1, column: 10 });
  });

  test('an alias without its anchor, and a key written twice, in the second document', () => {
    expect(run(`${catalog}---\nversion: rudder/v1\nkind: categories\nspec: *nope\n`)).toEqual({
      message: 'Unresolved alias (the anchor must be set before the alias): nope',
      file: 'catalog.yaml',
      line: 11,
      column: 7,
    });
    expect(run(`${catalog}---\nversion: rudder/v1\nkind: categories\nkind: properties\n`)).toEqual({
      message: 'duplicate key: each key (and each event) may appear once',
      file: 'catalog.yaml',
      line: 11,
      column: 1,
    });
  });

  test('an id defined twice', () => {
    expect(run(`${catalog}    - id: product_viewed\n      name: Again\n      event_type: track\n`)).toEqual({
      message: 'the id "product_viewed" is defined twice in "events"',
      file: 'catalog.yaml',
      line: 8,
      column: 11,
    });
  });
});
