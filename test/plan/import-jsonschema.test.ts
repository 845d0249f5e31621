import { expect, test } from 'vitest';
import { importPlan } from '../../src/plan/importers/index.js';
import { planFromDocument } from '../../src/plan/load.js';
import { eventShapes, fixture, importFixtures, notice, property, spot } from './support.js';

test('one schema per event: payload-style with the event constant, and plain with a title', () => {
  const paths = ['fixtures/importers/jsonschema/per-event/order-completed.json', 'fixtures/importers/jsonschema/per-event/product-viewed.json'];
  const [order, product] = paths.map(fixture);
  if (!order || !product) throw new Error('fixtures missing');
  const { plan, notices } = importFixtures(paths);
  expect(eventShapes(plan)).toEqual([
    {
      name: 'Order Completed',
      description: 'A shopper paid for an order.',
      owners: [],
      where: [],
      at: spot(order, 8, '"Order Completed"'),
      properties: {
        order_id: property('order_id', ['string'], spot(order, 13, '"order_id"'), { required: true, description: 'Order/transaction ID' }),
        total: property('total', ['number'], spot(order, 14, '"total"'), { required: true }),
        shipping: property('shipping', ['number', 'null'], spot(order, 15, '"shipping"')),
        status: property('status', ['any'], spot(order, 16, '"status"'), { enum: ['paid', 'pending'] }),
      },
    },
    {
      name: 'Product Viewed',
      owners: [],
      where: [],
      at: spot(product, 3, '"Product Viewed"'),
      properties: {
        product_id: property('product_id', ['string'], spot(product, 6, '"product_id"'), { required: true }),
        price: property('price', ['number'], spot(product, 7, '"price"')),
        variant: property('variant', ['any'], spot(product, 8, '"variant"')),
      },
    },
  ]);
  expect(notices).toEqual([
    notice(spot(order, 14, '"minimum"'), '"minimum" of "total" is not checked by trackplan'),
    notice(spot(product, 8, '"anyOf"'), '"anyOf" of "variant" is not checked by trackplan: only a choice of plain types is'),
  ]);
});

test('a definitions map: each definition is an event unless others reference it, references are followed', () => {
  const path = 'fixtures/importers/jsonschema/definitions.json';
  const source = fixture(path);
  const { plan, notices } = importFixtures([path], 'jsonschema');
  expect(eventShapes(plan)).toEqual([
    {
      name: 'Checkout Started',
      description: 'A shopper opened the checkout.',
      owners: [],
      where: [],
      at: spot(source, 13, '"Checkout Started"'),
      properties: {
        cart_id: property('cart_id', ['string'], spot(source, 17, '"cart_id"'), { required: true }),
        products: property('products', ['array'], spot(source, 18, '"products"'), {
          items: property('items', ['object'], spot(source, 18, '"products"'), {
            properties: {
              product_id: property('product_id', ['string'], spot(source, 8, '"product_id"'), { required: true }),
              quantity: property('quantity', ['integer'], spot(source, 9, '"quantity"')),
            },
          }),
        }),
      },
    },
    {
      name: 'Coupon Applied',
      owners: [],
      where: [],
      at: spot(source, 23, '"Coupon Applied"'),
      properties: {
        coupon: property('coupon', ['string'], spot(source, 26, '"coupon"')),
        discount: property('discount', ['number'], spot(source, 27, '"discount"')),
      },
    },
    { name: 'Page Viewed', owners: [], where: [], at: spot(source, 31, '"Page Viewed"') },
  ]);
  expect(notices).toEqual([notice(spot(source, 30, '"multipleOf"'), '"multipleOf" of "discount" is not checked by trackplan')]);
});

test('a circular reference is listed and imported as any', () => {
  const text = [
    '{',
    '  "title": "Tree Saved",',
    '  "properties": { "root": { "$ref": "#/definitions/Node" } },',
    '  "definitions": {',
    '    "Node": { "type": "object", "properties": { "child": { "$ref": "#/definitions/Node" } } }',
    '  }',
    '}',
  ].join('\n');
  const source = { text, displayPath: 'tree.json' };
  const { document, unsupported } = importPlan([source], 'jsonschema');
  const plan = planFromDocument(document, text);
  expect(plan.events.map((event) => event.name)).toEqual(['Tree Saved']);
  expect(plan.events[0]?.properties?.root?.properties?.child?.types).toEqual(['any']);
  expect(unsupported).toEqual([notice(spot(source, 5, '"$ref"'), 'the reference "#/definitions/Node" of "child" is circular: the property is imported as any')]);
});

test('a schema without a title is named after its file', () => {
  const text = '{ "type": "object", "properties": { "query": { "type": "string" } } }';
  const { document } = importPlan([{ text, displayPath: 'schemas/Products Searched.json' }], 'jsonschema');
  expect(Object.keys((document.value as { events: object }).events)).toEqual(['Products Searched']);
});
