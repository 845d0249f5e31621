import type { Scope } from '../resolve/scope.js';
import { staticKeyName, unwrapExpression, type EsNode, type IdentifierNode } from './ast.js';
import { ANALYTICS_RECEIVER_WORDS, type CalleeRules, type CalleeSpec } from './callees.js';

/** A callee as a path of names: `window.analytics?.track` → ['window', 'analytics', 'track']. */
export interface CalleePath {
  segments: string[];
  root: EsNode;
}

export interface CalleeMatch {
  spec: CalleeSpec;
  analytics: boolean;
}

export function calleePath(callee: EsNode): CalleePath | undefined {
  const segments: string[] = [];
  let node = unwrapExpression(callee);
  while (node.type === 'MemberExpression') {
    const name = staticKeyName(node.property as EsNode, node.computed as boolean);
    if (name === undefined) return undefined;
    segments.unshift(name);
    node = unwrapExpression(node.object as EsNode);
  }
  if (node.type === 'Identifier') segments.unshift((node as IdentifierNode).name);
  else if (node.type === 'ThisExpression') segments.unshift('this');
  else segments.unshift('?');
  return { segments, root: node };
}

function specSegments(spec: CalleeSpec): string[] {
  return spec.name.split('.');
}

function matchesSpec(path: CalleePath, spec: CalleeSpec, scope: Scope): boolean {
  const wanted = specSegments(spec);
  if (spec.import !== undefined) {
    if (path.root.type !== 'Identifier') return false;
    const binding = scope.lookup((path.root as IdentifierNode).name);
    if (binding?.kind !== 'import' || binding.import?.source !== spec.import) return false;
    const imported = binding.import.imported;
    const [first, ...rest] = wanted;
    if (imported !== first && imported !== 'default' && imported !== '*') return false;
    return rest.length === path.segments.length - 1 && rest.every((segment, index) => segment === path.segments[index + 1]);
  }
  if (wanted[0] === '*') {
    const tail = wanted.slice(1);
    return path.segments.length > tail.length && tail.every((segment, index) => segment === path.segments[path.segments.length - tail.length + index]);
  }
  if (wanted.length === 1) {
    if (path.segments.length !== 1 || path.root.type !== 'Identifier') return false;
    const binding = scope.lookup(wanted[0] ?? '');
    return path.segments[0] === wanted[0] && binding?.kind !== 'param';
  }
  return path.segments.length >= wanted.length && wanted.every((segment, index) => segment === path.segments[path.segments.length - wanted.length + index]);
}

function receiverName(path: CalleePath): string | undefined {
  return path.segments.length >= 2 ? path.segments[path.segments.length - 2] : undefined;
}

export function isExcludedReceiver(path: CalleePath, rules: CalleeRules): boolean {
  const receiver = receiverName(path);
  if (receiver === undefined) return false;
  const text = path.segments.slice(0, -1).join('.');
  return rules.excludedReceivers.some((excluded) => excluded === receiver || excluded === text);
}

function isAnalyticsReceiver(path: CalleePath, scope: Scope, rules: CalleeRules): boolean {
  if (path.root.type === 'Identifier') {
    const binding = scope.lookup((path.root as IdentifierNode).name);
    if (binding?.kind === 'import' && binding.import && rules.sdkPackages.some((sdk) => binding.import?.source === sdk || binding.import?.source.startsWith(`${sdk}/`))) {
      return true;
    }
  }
  const receiver = receiverName(path)?.toLowerCase();
  return receiver !== undefined && ANALYTICS_RECEIVER_WORDS.some((word) => receiver.includes(word));
}

/**
 * The first spec a callee matches. A spec with a wildcard receiver (`*.track`) is certain to be
 * analytics only when the receiver says so; a named or imported callee always is.
 */
export function matchCallee(path: CalleePath, scope: Scope, rules: CalleeRules): CalleeMatch | undefined {
  if (isExcludedReceiver(path, rules)) return undefined;
  for (const spec of rules.specs) {
    if (!matchesSpec(path, spec, scope)) continue;
    const wildcard = spec.name.startsWith('*.') && spec.import === undefined;
    return { spec, analytics: !wildcard || isAnalyticsReceiver(path, scope, rules) };
  }
  return undefined;
}
