import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithYamlPackage, type DocumentPath } from '../../src/util/located-document.js';
import { locatedEvents } from '../../src/util/located-events.js';
import { REPO } from '../helpers/cli.js';

const unplaced = { file: 'unplaced', line: 0, column: 0, endLine: 0, endColumn: 0 };

function placed(text: string): ReturnType<typeof locatedEvents> {
  return locatedEvents(text, 'plan.yaml', () => unplaced);
}

/** Every path to a key or a value of a parsed document. */
function paths(value: unknown, path: DocumentPath = []): DocumentPath[] {
  if (value === null || typeof value !== 'object') return [path];
  return [path, ...Object.entries(value).flatMap(([key, inner]) => paths(inner, [...path, Array.isArray(value) ? Number(key) : key]))];
}

const crafted = [
  'version: 1\r\nevents:\r\n  "Signed \\"Up\\"":\r\n    properties:\r\n      plan: { type: string }\r\n  \'It\'\'s\': {}\r\n',
  "# a plan\nversion: 1\nevents:\n  1.0: {}\n  007:\n    description: a plain\n      multi-line scalar\n  \"Café ☕\":\n    where:\n      - src/a.ts   # trailing\n      - 'src/b.ts'\n    properties:\n      x:\n      y: { type: [string, number],\n           required: true }\n",
  '{"version": 1, "events": {"A": {"properties": {"p": {"type": "string"}}}}}\n',
  'k: |\n  literal\nk2: >-\n  folded\nlist: [a, b,]\nnumbers: [0o17, 0x1F, .inf, ~, 1e3, +12, 2024-01-01]\n',
];

describe('a YAML document read from its events', () => {
  it('places keys and scalars where the yaml package does, in the fixtures\' plans and in documents of every style', () => {
    const plans = readdirSync(join(REPO, 'fixtures')).map((fixture) => join(REPO, 'fixtures', fixture, 'tracking-plan.yaml'));
    const texts = [...plans.filter((plan) => existsSync(plan)).map((plan) => readFileSync(plan, 'utf8')), ...crafted];
    let compared = 0;
    for (const text of texts) {
      const fast = placed(text);
      const slow = parseWithYamlPackage(text, 'plan.yaml');
      expect(fast?.value).toEqual(slow.value);
      for (const path of paths(slow.value)) {
        for (const part of ['key', 'value'] as const) {
          const location = fast?.locate(path, part);
          if (location === unplaced || (part === 'key' && path.length === 0)) continue;
          expect(location, `${JSON.stringify(path)} ${part}`).toEqual(slow.locate(path, part));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('places a quoted key with its quotes, and asks the yaml package for a collection, a block scalar and an empty value', () => {
    const document = placed('events:\n  "Signed Up":\n    description: >\n      text\n    owner:\n');
    expect(document?.locate(['events', 'Signed Up'], 'key')).toEqual({ file: 'plan.yaml', line: 2, column: 3, endLine: 2, endColumn: 14 });
    expect(document?.locate(['events', 'Signed Up'])).toBe(unplaced);
    expect(document?.locate(['events', 'Signed Up', 'description'])).toBe(unplaced);
    expect(document?.locate(['events', 'Signed Up', 'owner'])).toBe(unplaced);
    expect(document?.locate(['events', 'Signed Up', 'owner'], 'key')).toEqual({ file: 'plan.yaml', line: 5, column: 5, endLine: 5, endColumn: 10 });
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\na: 2\n'],
    ['a syntax error', 'a: "open\n'],
    ['nothing', ''],
  ])('leaves a document with %s to the yaml package', (_what, text) => {
    expect(placed(text)).toBeUndefined();
  });
});
