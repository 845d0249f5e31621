import type { Environment, Evaluator } from '../resolve/evaluate.js';
import type { ModuleContext } from '../resolve/module.js';
import type { Scope } from '../resolve/scope.js';
import { rangeOf, staticKeyName, unwrapExpression, type EsNode, type LiteralNode, type ObjectNode } from './ast.js';
import type { LiteralValue, OffsetRange, SentProperties, SentProperty, SentValue } from './types.js';

export interface PropertyReader {
  evaluator: Evaluator;
  isReserved(key: string): boolean;
  /**
   * The call site's module: keys read from another module (a wrapper adding its own) point to
   * `position` instead, since findings always stand in the call site's file.
   */
  home?: { module: ModuleContext; position: OffsetRange };
}

function positionOf(node: EsNode, place: Place, reader: PropertyReader): OffsetRange {
  return reader.home && place.module !== reader.home.module ? reader.home.position : rangeOf(node);
}

/** Where an expression is evaluated: its module, its scope, and a wrapper's parameter values. */
export interface Place {
  module: ModuleContext;
  scope: Scope;
  env?: Environment;
}

const MAX_NESTING = 6;

/** The keys and value types an expression sends as properties; undefined when nothing is known. */
export function readProperties(node: EsNode, place: Place, reader: PropertyReader, reserved = true): SentProperties<OffsetRange> | undefined {
  const object = resolveObject(node, place, reader, 0);
  if (!object) return undefined;
  const properties = readObject(object.node, object.place, reader, 0, reserved);
  return { ...properties, position: positionOf(node, place, reader) };
}

function resolveObject(node: EsNode, place: Place, reader: PropertyReader, depth: number): { node: ObjectNode; place: Place } | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === 'ObjectExpression') return { node: expression as ObjectNode, place };
  if (depth > MAX_NESTING) return undefined;
  if (expression.type === 'LogicalExpression' && expression.operator !== '&&') {
    return resolveObject(expression.left as EsNode, place, reader, depth + 1);
  }
  if (expression.type === 'Identifier' || expression.type === 'MemberExpression' || expression.type === 'CallExpression') {
    const value = reader.evaluator.evaluate(expression, place.module, place.scope, place.env);
    if (value.kind === 'object') return { node: value.node, place: { module: value.module, scope: value.scope } };
  }
  return undefined;
}

function readObject(object: ObjectNode, place: Place, reader: PropertyReader, depth: number, reserved: boolean): Omit<SentProperties<OffsetRange>, 'position'> {
  const entries = new Map<string, SentProperty<OffsetRange>>();
  let open = false;
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') {
      const spread = resolveObject(property.argument as EsNode, place, reader, depth + 1);
      if (!spread) {
        open = true;
        continue;
      }
      const inner = readObject(spread.node, spread.place, reader, depth + 1, reserved);
      open ||= inner.open;
      for (const entry of inner.entries) entries.set(entry.key, entry);
      continue;
    }
    if (property.type !== 'Property') continue;
    let key = staticKeyName(property.key as EsNode, property.computed as boolean);
    if (key === undefined && property.computed) {
      const keyValue = reader.evaluator.evaluate(property.key as EsNode, place.module, place.scope, place.env);
      if (keyValue.kind === 'strings' && keyValue.values.length === 1) key = keyValue.values[0];
    }
    if (key === undefined) {
      open = true;
      continue;
    }
    if (reserved && reader.isReserved(key)) continue;
    const value = property.value as EsNode;
    const isMethod = property.method === true || property.kind !== 'init';
    entries.set(key, {
      key,
      keyPosition: positionOf(property.key as EsNode, place, reader),
      valuePosition: positionOf(value, place, reader),
      value: isMethod ? { type: 'unknown' } : inferValue(value, place, reader, depth + 1),
    });
  }
  return { entries: [...entries.values()], open };
}

/** The statically known type of a value; 'unknown' whenever it is not certain. */
export function inferValue(node: EsNode, place: Place, reader: PropertyReader, depth: number): SentValue<OffsetRange> {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case 'Literal':
      return literalType(expression as LiteralNode);
    case 'TemplateLiteral':
      return { type: 'string' };
    case 'ArrayExpression': {
      const items: SentValue<OffsetRange>[] = [];
      for (const element of expression.elements as (EsNode | null)[]) {
        if (!element || element.type === 'SpreadElement') return { type: 'array' };
        items.push(depth > MAX_NESTING ? { type: 'unknown' } : inferValue(element, place, reader, depth + 1));
      }
      return { type: 'array', items };
    }
    case 'ObjectExpression': {
      if (depth > MAX_NESTING) return { type: 'object' };
      const nested = readObject(expression as ObjectNode, place, reader, depth + 1, false);
      return { type: 'object', properties: { ...nested, position: positionOf(expression, place, reader) } };
    }
    case 'UnaryExpression': {
      const operator = expression.operator as string;
      const argument = unwrapExpression(expression.argument as EsNode);
      if (operator === '!' || operator === 'delete') return { type: 'boolean' };
      if (operator === 'typeof') return { type: 'string' };
      if (operator === 'void') return { type: 'unknown' };
      if ((operator === '-' || operator === '+') && argument.type === 'Literal' && typeof (argument as LiteralNode).value === 'number') {
        const value = (argument as LiteralNode).value as number;
        return { type: 'number', literals: [operator === '-' ? -value : value] };
      }
      return operator === '-' || operator === '+' || operator === '~' ? { type: 'number' } : { type: 'unknown' };
    }
    case 'BinaryExpression': {
      const operator = expression.operator as string;
      if (['==', '===', '!=', '!==', '<', '<=', '>', '>=', 'in', 'instanceof'].includes(operator)) return { type: 'boolean' };
      if (operator === '+') {
        const left = inferValue(expression.left as EsNode, place, reader, depth + 1);
        const right = inferValue(expression.right as EsNode, place, reader, depth + 1);
        if (left.type === 'string' || right.type === 'string') return { type: 'string' };
        if (left.type === 'number' && right.type === 'number') return { type: 'number' };
        return { type: 'unknown' };
      }
      return { type: 'number' };
    }
    case 'Identifier':
    case 'MemberExpression': {
      if (depth > MAX_NESTING) return { type: 'unknown' };
      const value = reader.evaluator.evaluate(expression, place.module, place.scope, place.env);
      if (value.kind === 'strings') return { type: 'string', literals: value.values };
      if (value.kind === 'object') {
        const nested = readObject(value.node, { module: value.module, scope: value.scope }, reader, depth + 1, false);
        return { type: 'object', properties: { ...nested, position: positionOf(expression, place, reader) } };
      }
      if (value.kind === 'not-string') {
        if (value.what === 'null') return { type: 'null', literals: [null] };
        if (value.what === 'number' || value.what === 'boolean' || value.what === 'array') return { type: value.what };
      }
      return { type: 'unknown' };
    }
    case 'ConditionalExpression': {
      const consequent = inferValue(expression.consequent as EsNode, place, reader, depth + 1);
      const alternate = inferValue(expression.alternate as EsNode, place, reader, depth + 1);
      if (consequent.type !== alternate.type) return { type: 'unknown' };
      const literals = consequent.literals && alternate.literals ? [...consequent.literals, ...alternate.literals] : undefined;
      return literals ? { type: consequent.type, literals } : { type: consequent.type };
    }
    default:
      return { type: 'unknown' };
  }
}

function literalType(node: LiteralNode): SentValue<OffsetRange> {
  const { value } = node;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { type: typeof value as 'string' | 'number' | 'boolean', literals: [value as LiteralValue] };
  }
  if (value === null && !node.regex && !node.bigint) return { type: 'null', literals: [null] };
  if (node.bigint || typeof value === 'bigint') return { type: 'number' };
  return { type: 'object' };
}
