import type { Binding, Scope } from '../resolve/scope.js';
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

function endsWith(segments: readonly string[], tail: readonly string[]): boolean {
  return segments.length >= tail.length && tail.every((segment, index) => segment === segments[segments.length - tail.length + index]);
}

const specNames = new WeakMap<CalleeSpec, string[]>();

/** `*.track` as ['*', 'track']: split once per spec, not once per call. */
function namesOf(spec: CalleeSpec): string[] {
  let names = specNames.get(spec);
  if (!names) {
    names = spec.name.split('.');
    specNames.set(spec, names);
  }
  return names;
}

function fitsNames(segments: readonly string[], spec: CalleeSpec): boolean {
  const wanted = namesOf(spec);
  if (spec.import !== undefined) return endsWith(segments, wanted);
  if (wanted[0] === '*') return segments.length > wanted.length - 1 && endsWith(segments, wanted.slice(1));
  if (wanted.length === 1) return segments.length === 1 && segments[0] === wanted[0];
  return endsWith(segments, wanted);
}

/**
 * Whether a callee's names (`['window', 'analytics', 'track']`) fit a spec and its receiver is not
 * excluded, bindings aside. The text scan of a file that does not parse has only these names; an
 * imported callee is then matched by its name.
 */
export function fitsSpecNames(segments: readonly string[], spec: CalleeSpec, rules: CalleeRules): boolean {
  return !isExcludedReceiver(segments, rules) && fitsNames(segments, spec);
}

/** Whether a callee whose receiver is not excluded matches a spec; `root` is the binding of its first name. */
function matchesSpec(path: CalleePath, spec: CalleeSpec, root: () => Binding | undefined): boolean {
  if (spec.import === undefined) {
    if (!fitsNames(path.segments, spec)) return false;
    // A bare name must be the function itself, not a parameter of the same name.
    return spec.name.includes('.') || (path.root.type === 'Identifier' && root()?.kind !== 'param');
  }
  if (path.root.type !== 'Identifier') return false;
  const binding = root();
  if (binding?.kind !== 'import' || binding.import?.source !== spec.import) return false;
  const imported = binding.import.imported;
  const [first, ...rest] = namesOf(spec);
  if (imported !== first && imported !== 'default' && imported !== '*') return false;
  return rest.length === path.segments.length - 1 && rest.every((segment, index) => segment === path.segments[index + 1]);
}

function isExcludedReceiver(segments: readonly string[], rules: CalleeRules): boolean {
  const receiver = segments.length >= 2 ? segments[segments.length - 2] : undefined;
  if (receiver === undefined) return false;
  const text = segments.slice(0, -1).join('.');
  return rules.excludedReceivers.some((excluded) => excluded === receiver || excluded === text);
}

function isAnalyticsReceiver(path: CalleePath, root: Binding | undefined, rules: CalleeRules): boolean {
  const source = root?.kind === 'import' ? root.import?.source : undefined;
  if (source !== undefined && rules.sdkPackages.some((sdk) => source === sdk || source.startsWith(`${sdk}/`))) return true;
  const receiver = path.segments.length >= 2 ? path.segments[path.segments.length - 2]?.toLowerCase() : undefined;
  return receiver !== undefined && ANALYTICS_RECEIVER_WORDS.some((word) => receiver.includes(word));
}

/**
 * The first spec a callee matches. A spec with a wildcard receiver (`*.track`) is certain to be
 * analytics only when the receiver says so; a named or imported callee always is.
 */
export function matchCallee(path: CalleePath, scope: Scope, rules: CalleeRules): CalleeMatch | undefined {
  if (isExcludedReceiver(path.segments, rules)) return undefined;
  let looked = false;
  let binding: Binding | undefined;
  const root = (): Binding | undefined => {
    if (!looked) binding = path.root.type === 'Identifier' ? scope.lookup((path.root as IdentifierNode).name) : undefined;
    looked = true;
    return binding;
  };
  for (const spec of rules.specs) {
    if (!matchesSpec(path, spec, root)) continue;
    const wildcard = spec.name.startsWith('*.') && spec.import === undefined;
    return { spec, analytics: !wildcard || isAnalyticsReceiver(path, root(), rules) };
  }
  return undefined;
}
