import { expect, test } from 'vitest';
import type { CallSite, NameResolution, SentProperties, SentValue } from '../../src/extract/types.js';
import { initPlan } from '../../src/plan/init.js';
import { parsePlan } from '../../src/plan/load.js';
import type { Span } from '../../src/report/types.js';

const span = (line: number, column: number): Span => ({ line, column, endLine: line, endColumn: column + 1 });

function sent(values: Record<string, SentValue>, open = false): SentProperties {
  return {
    entries: Object.entries(values).map(([key, value], index) => ({ key, keyPosition: span(1, index), valuePosition: span(1, index), value })),
    open,
    position: span(1, 1),
  };
}

function site(file: string, line: number, name: NameResolution, properties?: SentProperties, via: CallSite['via'] = 'direct'): CallSite {
  return { file, position: span(line, 5), callee: 'analytics.track', via, name, analytics: true, ...(properties ? { properties } : {}) };
}

const literal = (...names: string[]): NameResolution => ({ kind: 'static', names, resolution: 'literal' });
const string: SentValue = { type: 'string' };

const callSites: CallSite[] = [
  site('src/signup.ts', 3, literal('Account Created'), sent({ referrer: string, plan: string })),
  site('src/oauth.ts', 9, literal('Account Created'), sent({ referrer: string, plan: { type: 'unknown' } })),
  site(
    'src/checkout.ts',
    20,
    literal('Order Completed'),
    sent({
      order: { type: 'object', properties: sent({ id: { type: 'number' }, coupon: { type: 'null' } }) },
      items: { type: 'array', items: [{ type: 'object', properties: sent({ sku: string }) }] },
      total: { type: 'number' },
    }, true),
  ),
  site('src/checkout.ts', 41, literal('Order Completed'), sent({ total: { type: 'string' } })),
  site('src/analytics/generated.ts', 7, { kind: 'static', names: ['Order Completed'], resolution: 'literal' }, undefined, 'forward'),
  site('src/billing.ts', 12, { kind: 'static', names: ['Plan Upgraded', 'Plan Downgraded'], resolution: 'constant' }, undefined, 'wrapper'),
  site('src/legacy.ts', 4, { kind: 'static', names: ['Legacy Event'], resolution: 'directive' }),
  site('src/buttons.ts', 8, { kind: 'dynamic', reason: 'a template with expressions', pattern: 'Clicked *' }),
  site('src/a.ts', 2, { kind: 'dynamic', reason: "a function's result" }),
  site('src/a.ts', 30, { kind: 'dynamic', reason: 'a concatenation', pattern: 'Line\nBreak *' }),
];

const expected = [
  '# yaml-language-server: $schema=./node_modules/trackplan/schema/plan.v1.json',
  '',
  'version: 1',
  'source: web',
  'events:',
  '  Account Created:',
  '    where: [ src/oauth.ts, src/signup.ts ]',
  '    properties:',
  '      plan: { required: true }',
  '      referrer: { type: string, required: true }',
  '  Legacy Event:',
  '    where: [ src/legacy.ts ]',
  '  Order Completed:',
  '    where: [ src/checkout.ts ]',
  '    properties:',
  '      items:',
  '        type: array',
  '        items:',
  '          type: object',
  '          properties:',
  '            sku: string',
  '      order:',
  '        type: object',
  '        properties:',
  '          coupon: "null"',
  '          id: number',
  '      total: { type: [ string, number ], required: true }',
  '  Plan Downgraded:',
  '    where: [ src/billing.ts ]',
  '  Plan Upgraded:',
  '    where: [ src/billing.ts ]',
  '',
  '# Call sites whose event name is built at runtime: name each event above, or declare what it sends',
  '# with a `// trackplan-events: Event A, Event B` comment on the line above the call.',
  "# dynamic: src/a.ts:2:5 (a function's result)",
  '# dynamic: src/a.ts:30:5 `Line\\u000aBreak *` (a concatenation)',
  '# dynamic: src/buttons.ts:8:5 `Clicked *` (a template with expressions)',
  '',
].join('\n');

test('a starting plan from the code: static events, their properties and types, the files; dynamic call sites as comments', () => {
  expect(initPlan(callSites, { source: 'web' })).toBe(expected);
});

test('the plan it writes is valid and lists every statically named event', () => {
  const plan = parsePlan(initPlan(callSites, { source: 'web' }), 'tracking-plan.yaml');
  expect(plan.source).toBe('web');
  expect(plan.events.map((event) => event.name)).toEqual(['Account Created', 'Legacy Event', 'Order Completed', 'Plan Downgraded', 'Plan Upgraded']);
  const order = plan.events.find((event) => event.name === 'Order Completed');
  expect(order?.properties?.total).toMatchObject({ types: ['string', 'number'], required: true });
  expect(order?.properties?.order?.properties?.id?.types).toEqual(['number']);
  expect(order?.where).toEqual(['src/checkout.ts']);
});

test('the same call sites in another order give the same text', () => {
  expect(initPlan([...callSites].reverse(), { source: 'web' })).toBe(expected);
});

test('no call sites: an empty plan, still valid', () => {
  const text = initPlan([]);
  expect(text).toBe('# yaml-language-server: $schema=./node_modules/trackplan/schema/plan.v1.json\n\nversion: 1\nevents: {}\n');
  expect(parsePlan(text, 'tracking-plan.yaml').events).toEqual([]);
});
