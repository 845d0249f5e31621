import type { CallRecord } from '../resolve/analyze-module.js';
import type { Evaluator, Value } from '../resolve/evaluate.js';
import type { ModuleContext } from '../resolve/module.js';
import type { WrapperResolver } from '../resolve/wrappers.js';
import { evaluateName, locateTrackCall } from './arguments.js';
import { endOf, rangeOf, startOf, type Comment, type EsNode, type FunctionNode } from './ast.js';
import { OBJECT_FORM_RESERVED_KEYS, type CalleeRules } from './callees.js';
import { readDirectives, type Directive, type LineLocator } from './directives.js';
import { readProperties, type Place, type PropertyReader } from './properties.js';
import type { ExtractedCall, NameResolution } from './types.js';

export interface ExtractionInput {
  file: string;
  module: ModuleContext;
  text: string;
  comments: readonly Comment[];
  lines: LineLocator;
  rules: CalleeRules;
  evaluator: Evaluator;
  wrappers: WrapperResolver;
}

/**
 * A call whose name comes from a parameter of its enclosing function: a forward when that function
 * is a wrapper with a caller, a dynamic name otherwise.
 */
export interface ForwardCandidate {
  call: ExtractedCall;
  fn: FunctionNode;
}

export interface Extraction {
  calls: ExtractedCall[];
  candidates: ForwardCandidate[];
  directives: Directive[];
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
      return { kind: 'dynamic', reason: `${value.kind === 'enum' || value.kind === 'instance' ? 'an' : 'a'} ${value.kind}, not a string` };
  }
}

/** The callee's source without white space, but for one space where two words would run together (`new Client().track`). */
export function calleeText(text: string, callee: EsNode): string {
  return text.slice(startOf(callee), endOf(callee)).replace(/\s+/g, (space, offset: number, source: string) =>
    /[\w$]/.test(source[offset - 1] ?? '') && /[\w$]/.test(source[offset + space.length] ?? '') ? ' ' : '',
  );
}

function readers(input: ExtractionInput): { plain: PropertyReader; objectForm: PropertyReader } {
  const reservedKeys = new Set(input.rules.reservedKeys);
  const objectFormReserved = new Set([...reservedKeys, ...OBJECT_FORM_RESERVED_KEYS]);
  const isReservedPrefix = (key: string): boolean => input.rules.reservedPrefixes.some((prefix) => key.startsWith(prefix));
  return {
    plain: { evaluator: input.evaluator, isReserved: (key) => reservedKeys.has(key) || isReservedPrefix(key) },
    objectForm: { evaluator: input.evaluator, isReserved: (key) => objectFormReserved.has(key) || isReservedPrefix(key) },
  };
}

/** Every track call of one module, in source order: the one implementation for the CLI and the ESLint rules. */
export function extractCallSites(input: ExtractionInput): Extraction {
  const directives = readDirectives(input.comments, input.lines, input.text);
  const context = { input, directives, readers: readers(input) };
  const calls: ExtractedCall[] = [];
  const candidates: ForwardCandidate[] = [];
  for (const record of input.module.analysis.calls) {
    const extracted = extractCall(record, context);
    if (!extracted) continue;
    calls.push(extracted.call);
    if (extracted.forwards) candidates.push({ call: extracted.call, fn: extracted.forwards });
  }
  const ignoreFile = directives.find((directive) => directive.kind === 'ignore-file');
  if (ignoreFile) {
    ignoreFile.used = calls.length > 0;
    for (const directive of directives) if (directive !== ignoreFile) directive.used = true;
    return { calls: [], candidates: [], directives };
  }
  return { calls, candidates, directives };
}

interface ExtractionContext {
  input: ExtractionInput;
  directives: Directive[];
  readers: { plain: PropertyReader; objectForm: PropertyReader };
}

interface Extracted {
  call: ExtractedCall;
  /** The enclosing function whose parameter the name comes from. */
  forwards?: FunctionNode;
}

function extractCall(record: CallRecord, context: ExtractionContext): Extracted | undefined {
  const { node, scope } = record;
  if (node.type !== 'CallExpression') return undefined;
  const { input } = context;
  const callLine = input.lines.locate(startOf(node)).line;
  const place: Place = { module: input.module, scope };
  const wrapper = input.wrappers.calleeFunction(node.callee, input.module, scope);
  const signature = wrapper ? input.wrappers.signatureOf(wrapper) : undefined;
  let extracted: Extracted | undefined;
  if (signature) {
    if (ignored(callLine, context)) return undefined;
    const expansion = input.wrappers.expand(signature, node, input.module, scope);
    for (const { fn, module } of expansion.chain) input.wrappers.called.set(fn, module);
    const call: ExtractedCall = { file: input.file, callee: calleeText(input.text, node.callee), via: 'wrapper', position: rangeOf(expansion.nameNode), name: toNameResolution(expansion.name), analytics: true };
    const propertiesArgument = node.arguments[signature.nameParameter + 1];
    if (propertiesArgument) call.propertiesPosition = rangeOf(propertiesArgument);
    if (expansion.propertiesNode) {
      const { node: propertiesNode, objectForm, ...propertiesPlace } = expansion.propertiesNode;
      const reader = objectForm ? context.readers.objectForm : context.readers.plain;
      const home = { module: input.module, position: call.propertiesPosition ?? call.position };
      const properties = readProperties(propertiesNode, propertiesPlace, { ...reader, home });
      if (properties) call.properties = properties;
    }
    extracted = inGeneratedClient(input, record) ? { call: { ...call, via: 'forward' }, forwards: record.enclosingFunction } : { call, forwards: forwardedFrom(expansion.name, record) };
  } else {
    const trackCall = locateTrackCall(node, scope, input.rules);
    if (!trackCall) return undefined;
    const { match, located } = trackCall;
    if (ignored(callLine, context)) return undefined;
    const base = { file: input.file, callee: calleeText(input.text, node.callee), via: 'direct' as const, analytics: match.analytics };
    if (located === 'spread') {
      const position = rangeOf(node.arguments[match.spec.event ?? 0] ?? node);
      extracted = { call: { ...base, position, name: { kind: 'dynamic', reason: 'a spread that may hold the event' } } };
    } else {
      const value = evaluateName(input.evaluator, located, input.module, scope);
      const call: ExtractedCall = { ...base, position: rangeOf(located.nameNode), name: toNameResolution(value) };
      if (located.propertiesNode) {
        call.propertiesPosition = rangeOf(located.propertiesNode);
        const properties = readProperties(located.propertiesNode, place, located.objectForm ? context.readers.objectForm : context.readers.plain);
        if (properties) call.properties = properties;
      }
      extracted = inGeneratedClient(input, record) ? { call: { ...call, via: 'forward' }, forwards: record.enclosingFunction } : { call, forwards: forwardedFrom(value, record) };
    }
  }
  extracted.call = applyDirective(extracted.call, callLine, context);
  return extracted;
}

/** Calls inside a generated client's functions implement nothing there: they forward to where the function is called. */
function inGeneratedClient(input: ExtractionInput, record: CallRecord): boolean {
  return input.module.generated === true && record.enclosingFunction !== undefined;
}

/** The function whose parameter the name comes from: the enclosing one, or one around a callback it sits in. */
function forwardedFrom(value: Value, record: CallRecord): FunctionNode | undefined {
  if (value.kind !== 'dynamic' || !record.enclosingFunction) return undefined;
  return value.parameters?.[0]?.param?.fn;
}

function ignored(callLine: number, context: ExtractionContext): boolean {
  const directive = context.directives.find((candidate) => candidate.kind === 'ignore-next-line' && candidate.targetLine === callLine);
  if (directive) directive.used = true;
  return directive !== undefined;
}

function applyDirective(call: ExtractedCall, callLine: number, context: ExtractionContext): ExtractedCall {
  const nameLine = context.input.lines.locate(call.position.start).line;
  const directive = context.directives.find((candidate) => candidate.kind === 'events' && (candidate.targetLine === callLine || candidate.targetLine === nameLine));
  if (!directive || call.name.kind !== 'dynamic') return call;
  directive.used = true;
  return { ...call, name: { kind: 'static', names: [...directive.names].sort(), resolution: 'directive' } };
}
