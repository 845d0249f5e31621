import { describe, expect, test } from 'vitest';
import { importPlan } from '../../src/plan/importers/index.js';
import { commonShapes, eventShapes, fixture, importFixtures, notice, property, spot, userError } from './support.js';

describe('Public API rules', () => {
  const path = 'fixtures/importers/segment/public-api-rules.json';
  const source = fixture(path);

  test('keeps the highest version of each event, with properties, required keys, enums, nesting and deprecation', () => {
    const { plan } = importFixtures([path]);
    expect(eventShapes(plan)).toEqual([
      {
        name: 'Order Completed',
        description: 'A shopper paid for an order.',
        owners: [],
        where: [],
        at: spot(source, 55, '"Order Completed"'),
        properties: {
          order_id: property('order_id', ['string'], spot(source, 68, '"order_id"'), { required: true, description: 'Order/transaction ID' }),
          revenue: property('revenue', ['number'], spot(source, 69, '"revenue"'), { required: true, description: 'Revenue excluding shipping and tax' }),
          currency: property('currency', ['string'], spot(source, 70, '"currency"'), { description: 'Currency code', enum: ['USD', 'EUR', 'GBP'] }),
          coupon: property('coupon', ['string', 'null'], spot(source, 71, '"coupon"'), { description: 'Coupon code' }),
          placed_at: property('placed_at', ['string'], spot(source, 72, '"placed_at"')),
          products: property('products', ['array'], spot(source, 73, '"products"'), {
            description: 'Products in the order',
            items: property('items', ['object'], spot(source, 73, '"products"'), {
              properties: {
                product_id: property('product_id', ['string'], spot(source, 79, '"product_id"'), { required: true }),
                quantity: property('quantity', ['integer'], spot(source, 80, '"quantity"')),
              },
            }),
          }),
        },
      },
      { name: 'Signup Started', owners: [], where: [], deprecated: true, at: spot(source, 97, '"Signup Started"') },
    ]);
    expect(commonShapes(plan)).toEqual({
      app_version: property('app_version', ['string'], spot(source, 19, '"app_version"'), { required: true, description: 'Version of the app that sent the event' }),
    });
  });

  test('keeps labels as x-labels', () => {
    const value = importPlan([source]).document.value as { events: Record<string, Record<string, unknown>> };
    expect(value.events['Order Completed']?.['x-labels']).toEqual({ flow: 'checkout' });
  });

  test('lists what it cannot import: identify rules, common context rules, unchecked keywords', () => {
    expect(importFixtures([path]).notices).toEqual([
      notice(spot(source, 12, '"context"'), 'the common rules for "context" are not imported: trackplan checks event properties'),
      notice(spot(source, 71, '"pattern"'), '"pattern" of "coupon" is not checked by trackplan'),
      notice(spot(source, 72, '"format"'), '"format" of "placed_at" is not checked by trackplan'),
      notice(spot(source, 109, '"type"'), 'the IDENTIFY rule is not imported: trackplan checks track calls'),
    ]);
  });
});

test('the legacy Config API plan (what Typewriter keeps as plan.json): events, global properties, identify listed', () => {
  const path = 'fixtures/importers/segment/config-api.json';
  const source = fixture(path);
  const { plan, notices } = importFixtures([path], 'segment');
  expect(eventShapes(plan)).toEqual([
    {
      name: 'Sign In Failed',
      description: "Fired after a user's signin attempt fails to pass validation.",
      owners: [],
      where: [],
      at: spot(source, 9, '"Sign In Failed"'),
      properties: {
        id: property('id', ['string'], spot(source, 17, '"id"'), { required: true, description: 'User submitted id' }),
        numAttempts: property('numAttempts', ['integer'], spot(source, 18, '"numAttempts"'), { required: true, description: 'How many attempts were made to sign-in.' }),
        rememberMe: property('rememberMe', ['boolean'], spot(source, 19, '"rememberMe"'), { required: true, description: 'Whether the user checked "Remember Me"' }),
      },
    },
    {
      name: 'User Signed Out',
      description: 'Fired when a user signs out.',
      owners: [],
      where: [],
      at: spot(source, 33, '"User Signed Out"'),
      properties: { id: property('id', ['string'], spot(source, 41, '"id"'), { required: true, description: 'User id of logged out user.' }) },
    },
    {
      name: 'Empty Event',
      description: 'Validates that a generated client supports events with no explicit properties.',
      owners: [],
      where: [],
      at: spot(source, 55, '"Empty Event"'),
    },
  ]);
  expect(commonShapes(plan)).toEqual({ platform: property('platform', ['string'], spot(source, 70, '"platform"'), { enum: ['web', 'ios', 'android'] }) });
  expect(notices).toEqual([notice(spot(source, 78, '"identify"'), 'the "identify" rules are not imported: trackplan checks track calls')]);
});

test("Typewriter's plan.json from the Public API, whose schemas list the properties directly", () => {
  const path = 'fixtures/importers/segment/typewriter-plan.json';
  const source = fixture(path);
  const { plan, notices } = importFixtures([path]);
  expect(eventShapes(plan)).toEqual([
    {
      name: 'Command Build',
      description: 'Fired when the user generates code with Typewriter',
      owners: [],
      where: [],
      at: spot(source, 24, '"Command Build"'),
      properties: {
        duration: property('duration', ['number'], spot(source, 16, '"duration"'), { required: true, description: 'Duration of the command in ms' }),
        isCI: property('isCI', ['boolean'], spot(source, 17, '"isCI"'), { required: true, description: 'Runs in a CI environment' }),
        mode: property('mode', ['string'], spot(source, 18, '"mode"'), { required: true, description: 'Build Output mode', enum: ['dev', 'prod'] }),
        rawCommand: property('rawCommand', ['string'], spot(source, 19, '"rawCommand"'), { required: true, description: 'Raw command string input' }),
      },
    },
    {
      name: 'VersionCommand',
      owners: [],
      where: [],
      at: spot(source, 41, '"VersionCommand"'),
      properties: { version: property('version', ['string'], spot(source, 36, '"version"'), { required: true }) },
    },
  ]);
  expect(notices).toEqual([]);
});

describe('mistakes in a Segment plan are user errors at their node', () => {
  const run = (text: string) => userError(() => importPlan([{ text, displayPath: 'plan.json' }], 'segment'));

  test('a file with neither rules nor events', () => {
    expect(run('{\n  "name": "x"\n}\n')).toEqual({ message: 'the file is not a Segment tracking plan: it has neither "rules" nor "events"', file: 'plan.json', line: 1, column: 1 });
  });

  test('a TRACK rule without a key', () => {
    expect(run('{ "rules": [\n  { "type": "TRACK", "version": 1 }\n] }\n')).toEqual({ message: 'a TRACK rule has no "key" (its event name)', file: 'plan.json', line: 2, column: 3 });
  });

  test('broken JSON', () => {
    expect(run('{ "rules": [\n  { "key": "A" \n] }\n')).toMatchObject({ file: 'plan.json', line: 3 });
  });
});
