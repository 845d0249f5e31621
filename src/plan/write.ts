import { Document, Pair, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { compareCodeUnits } from '../util/suggest.js';
import type { PlanDocument } from './document.js';
import { isObject } from '../util/guards.js';

/** Where an installed trackplan keeps the plan's JSON Schema, relative to a plan at the project's root. */
export const DEFAULT_SCHEMA_REFERENCE = './node_modules/trackplan/schema/plan.v1.json';

export interface WriteOptions {
  /** The `$schema` the editor line points at. */
  schema?: string;
  /** A comment printed after the plan (each line becomes a `#` line). */
  comment?: string;
}

type Shape = 'plan' | 'conventions' | 'properties' | 'property' | 'questions' | 'question' | 'events' | 'event' | 'free';

const KEY_ORDER: Partial<Record<Shape, readonly string[]>> = {
  plan: ['version', 'conventions', 'source', 'commonProperties', 'questions', 'events'],
  conventions: ['event', 'property'],
  question: ['question', 'description', 'metrics', 'events'],
  event: ['description', 'owner', 'where', 'sources', 'deprecated', 'properties'],
  property: ['type', 'required', 'description', 'enum', 'properties', 'items'],
};

const CHILD_SHAPE: Partial<Record<Shape, Partial<Record<string, Shape>>>> = {
  plan: { conventions: 'conventions', commonProperties: 'properties', questions: 'questions', events: 'events' },
  property: { properties: 'properties', items: 'property' },
  event: { properties: 'properties' },
};

const SHORT = 80;

function isFlat(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item) => !isObject(item) && !Array.isArray(item));
  return !isObject(value);
}

function orderedEntries(value: Record<string, unknown>, shape: Shape): [string, unknown][] {
  const order = KEY_ORDER[shape];
  if (!order) return Object.entries(value);
  const known = order.filter((key) => value[key] !== undefined).map((key): [string, unknown] => [key, value[key]]);
  const own = Object.keys(value)
    .filter((key) => !order.includes(key) && value[key] !== undefined)
    .sort(compareCodeUnits)
    .map((key): [string, unknown] => [key, value[key]]);
  return [...known, ...own];
}

class PlanWriter {
  readonly document = new Document();

  node(value: unknown, shape: Shape): Node {
    if (shape === 'property' && isObject(value)) {
      const keys = Object.keys(value).filter((key) => value[key] !== undefined);
      if (keys.length === 0) return this.document.createNode('any') as Node;
      if (keys.length === 1 && keys[0] === 'type') return this.node(value.type, 'free');
    }
    if (Array.isArray(value)) {
      const seq = new YAMLSeq();
      for (const item of value) seq.items.push(this.node(item, 'free'));
      seq.flow = isFlat(value) && JSON.stringify(value).length <= SHORT;
      return seq;
    }
    if (isObject(value)) {
      const map = new YAMLMap();
      for (const [key, child] of orderedEntries(value, shape)) map.items.push(new Pair(this.document.createNode(key), this.node(child, this.childShape(shape, key))));
      const entries = Object.values(value);
      map.flow = entries.length === 0 || (shape !== 'plan' && shape !== 'event' && shape !== 'events' && shape !== 'properties' && entries.every(isFlat) && JSON.stringify(value).length <= SHORT);
      return map;
    }
    if (value === null && (shape === 'event' || shape === 'question')) return new YAMLMap();
    return this.document.createNode(value) as Node;
  }

  private childShape(shape: Shape, key: string): Shape {
    if (shape === 'events') return 'event';
    if (shape === 'questions') return 'question';
    if (shape === 'properties') return 'property';
    return CHILD_SHAPE[shape]?.[key] ?? 'free';
  }
}

/**
 * Writes a plan document as YAML in the native format: the editor's schema line first, known keys in
 * the documented order, `x-` keys after them, shorthand (`plan: string`) where a property is only a
 * type. The yaml package does the quoting, so any event name survives the round trip.
 */
export function planDocumentToYaml(value: PlanDocument, options: WriteOptions = {}): string {
  const writer = new PlanWriter();
  writer.document.contents = writer.node(value, 'plan');
  writer.document.commentBefore = ` yaml-language-server: $schema=${options.schema ?? DEFAULT_SCHEMA_REFERENCE}`;
  if (options.comment) writer.document.comment = options.comment;
  return writer.document.toString({ lineWidth: 0, indent: 2 });
}
