import type { Evaluator, Value } from '../resolve/evaluate.js';
import type { ModuleContext } from '../resolve/module.js';
import type { Binding, Scope } from '../resolve/scope.js';
import type { CallRecord } from '../resolve/analyze-module.js';
import { staticKeyName, unwrapExpression, type CallNode, type Comment, type EsNode, type FunctionNode, type ObjectNode } from './ast.js';
import { OBJECT_FORM_RESERVED_KEYS, type CalleeRules, type CalleeSpec } from './callees.js';
import { readDirectives, type Directive, type LineLocator } from './directives.js';
import { calleePath, matchCallee } from './match-callee.js';
import { readProperties, type PropertyReader } from './properties.js';
import type { ExtractedCall, NameResolution, OffsetRange } from './types.js';

export interface ExtractionInput {
  file: string;
  module: ModuleContext;
  text: string;
  comments: readonly Comment[];
  lines: LineLocator;
  rules: CalleeRules;
  evaluator: Evaluator;
}

/** A call whose name comes from a parameter of a named function: a wrapper if a caller is found. */
export interface WrapperCandidate {
  call: ExtractedCall;
  fn: FunctionNode;
  nameNode: EsNode;
  propertiesNode?: EsNode;
  scope: Scope;
  parameters: Binding[];
}

export interface Extraction {
  calls: ExtractedCall[];
  candidates: WrapperCandidate[];
  directives: Directive[];
  ignoredFile: boolean;
}

interface NameAndProperties {
  nameNode: EsNode;
  propertiesNode?: EsNode;
  objectForm: boolean;
}

function rangeOf(node: EsNode): OffsetRange {
  return { start: node.range[0], end: node.range[1] };
}

function findKey(object: ObjectNode, key: string): EsNode | undefined {
  for (const property of object.properties) {
    if (property.type === 'Property' && staticKeyName(property.key as EsNode, property.computed as boolean) === key) return property.value as EsNode;
  }
  return undefined;
}

/**
 * Which argument names the event and which holds its properties; undefined when the call is
 * statically not an event (`player.track(2)`, no argument, an object without the name key).
 */
export function locateArguments(call: CallNode, spec: Pick<CalleeSpec, 'event' | 'properties' | 'eventKey' | 'propertiesKey'>): NameAndProperties | 'spread' | undefined {
  const eventIndex = spec.event ?? 0;
  const argument = call.arguments[eventIndex];
  if (!argument) return undefined;
  if (argument.type === 'SpreadElement') return 'spread';
  const expression = unwrapExpression(argument);
  const propertiesArgument = call.arguments[spec.properties ?? eventIndex + 1];
  if (expression.type === 'ObjectExpression') {
    const object = expression as ObjectNode;
    const nameNode = findKey(object, spec.eventKey ?? 'event');
    if (nameNode) {
      const propertiesNode = findKey(object, spec.propertiesKey ?? 'properties');
      return propertiesNode ? { nameNode, propertiesNode, objectForm: true } : { nameNode, objectForm: true };
    }
    return object.properties.some((property) => property.type === 'SpreadElement') ? 'spread' : undefined;
  }
  if (expression.type === 'Literal' && typeof expression.value !== 'string') return undefined;
  if (expression.type === 'ArrayExpression' || expression.type === 'ArrowFunctionExpression' || expression.type === 'FunctionExpression') return undefined;
  return propertiesArgument && propertiesArgument.type !== 'SpreadElement' ? { nameNode: argument, propertiesNode: propertiesArgument, objectForm: false } : { nameNode: argument, objectForm: false };
}

export function toNameResolution(value: Value): NameResolution {
  switch (value.kind) {
    case 'strings':
      return { kind: 'static', names: [...value.values].sort(), resolution: value.origin };
    case 'dynamic':
      return value.pattern !== undefined ? { kind: 'dynamic', reason: value.reason, pattern: value.pattern } : { kind: 'dynamic', reason: value.reason };
    case 'not-string':
      return { kind: 'dynamic', reason: `a constant that is ${value.what === 'array' ? 'an' : 'a'} ${value.what}, not a string` };
    default:
      return { kind: 'dynamic', reason: `${value.kind === 'enum' ? 'an' : 'a'} ${value.kind}, not a string` };
  }
}

export function calleeText(text: string, callee: EsNode): string {
  return text.slice(callee.range[0], callee.range[1]).replace(/\s+/g, '');
}

/** Every track call of one module, in source order; one implementation for the CLI and the ESLint rules. */
export function extractCallSites(input: ExtractionInput): Extraction {
  const directives = readDirectives(input.comments, input.lines, input.text);
  const ignoreFile = directives.find((directive) => directive.kind === 'ignore-file');
  if (ignoreFile) {
    ignoreFile.used = true;
    return { calls: [], candidates: [], directives, ignoredFile: true };
  }
  const reservedKeys = new Set(input.rules.reservedKeys);
  const objectFormReserved = new Set([...reservedKeys, ...OBJECT_FORM_RESERVED_KEYS]);
  const isReservedPrefix = (key: string): boolean => input.rules.reservedPrefixes.some((prefix) => key.startsWith(prefix));
  const reader: PropertyReader = { evaluator: input.evaluator, module: input.module, isReserved: (key) => reservedKeys.has(key) || isReservedPrefix(key) };
  const objectFormReader: PropertyReader = { ...reader, isReserved: (key) => objectFormReserved.has(key) || isReservedPrefix(key) };
  const calls: ExtractedCall[] = [];
  const candidates: WrapperCandidate[] = [];

  for (const record of input.module.analysis.calls) {
    const extracted = extractCall(record, input, reader, objectFormReader, directives);
    if (!extracted) continue;
    calls.push(extracted.call);
    if (extracted.candidate) candidates.push(extracted.candidate);
  }
  return { calls, candidates, directives, ignoredFile: false };
}

function extractCall(
  record: CallRecord,
  input: ExtractionInput,
  reader: PropertyReader,
  objectFormReader: PropertyReader,
  directives: Directive[],
): { call: ExtractedCall; candidate?: WrapperCandidate } | undefined {
  const { node, scope } = record;
  if (node.type !== 'CallExpression') return undefined;
  const path = calleePath(node.callee);
  if (!path) return undefined;
  const match = matchCallee(path, scope, input.rules);
  if (!match) return undefined;
  const located = locateArguments(node, match.spec);
  if (!located) return undefined;
  const callLine = input.lines.locate(node.range[0]).line;
  const ignore = directives.find((directive) => directive.kind === 'ignore-next-line' && directive.targetLine === callLine);
  if (ignore) {
    ignore.used = true;
    return undefined;
  }
  const base = { file: input.file, callee: calleeText(input.text, node.callee), via: 'direct' as const, analytics: match.analytics };
  if (located === 'spread') {
    const position = rangeOf(node.arguments[match.spec.event ?? 0] ?? node);
    return { call: applyDirective({ ...base, position, name: { kind: 'dynamic', reason: 'a spread that may hold the event' } }, callLine, directives, input) };
  }
  const value = input.evaluator.evaluate(located.nameNode, input.module, scope);
  const call: ExtractedCall = { ...base, position: rangeOf(located.nameNode), name: toNameResolution(value) };
  if (located.propertiesNode) {
    call.propertiesPosition = rangeOf(located.propertiesNode);
    const properties = readProperties(located.propertiesNode, scope, located.objectForm ? objectFormReader : reader);
    if (properties) call.properties = properties;
  }
  const enclosing = record.enclosingFunction;
  if (value.kind === 'dynamic' && value.parameters && enclosing && value.parameters.some((parameter) => parameter.param?.fn === enclosing)) {
    const candidate: WrapperCandidate = { call, fn: enclosing, nameNode: located.nameNode, scope, parameters: value.parameters };
    if (located.propertiesNode) candidate.propertiesNode = located.propertiesNode;
    return { call: applyDirective(call, callLine, directives, input), candidate };
  }
  return { call: applyDirective(call, callLine, directives, input) };
}

function applyDirective(call: ExtractedCall, callLine: number, directives: Directive[], input: ExtractionInput): ExtractedCall {
  const nameLine = input.lines.locate(call.position.start).line;
  const directive = directives.find((candidate) => candidate.kind === 'events' && (candidate.targetLine === callLine || candidate.targetLine === nameLine));
  if (!directive || call.name.kind !== 'dynamic') return call;
  directive.used = true;
  return { ...call, name: { kind: 'static', names: [...directive.names].sort(), resolution: 'directive' } };
}
