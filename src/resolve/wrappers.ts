import type { CallRecord } from './analyze-module.js';
import { calleePath } from '../extract/match-callee.js';
import { endOf, mentionsName, startOf, unwrapExpression, type CallNode, type EsNode, type FunctionNode, type IdentifierNode } from '../extract/ast.js';
import type { CalleeRules } from '../extract/callees.js';
import { evaluateName, locateTrackCall, type NameAndProperties } from '../extract/arguments.js';
import type { Environment, Evaluator, Value } from './evaluate.js';
import type { ModuleContext } from './module.js';
import type { Binding, Scope } from './scope.js';
import { isPackageSpecifier } from '../util/paths.js';

export const MAX_WRAPPER_DEPTH = 3;

type FunctionValue = Extract<Value, { kind: 'function' }>;

/**
 * How a tracking wrapper sends: the call inside it, either a track call or a call of another wrapper,
 * and which of its own parameters the name comes from.
 */
export interface WrapperSignature {
  fn: FunctionNode;
  module: ModuleContext;
  inner: CallRecord;
  target: { kind: 'track'; located: NameAndProperties } | { kind: 'wrapper'; signature: WrapperSignature };
  /** Index of the parameter the name is built from first: where call sites point; -1 for a generated client's fixed name. */
  nameParameter: number;
}

/** What one call of a wrapper sends, resolved through every level of wrappers. */
export interface WrapperExpansion {
  name: Value;
  nameNode: EsNode;
  propertiesNode?: { node: EsNode; scope: Scope; module: ModuleContext; env: Environment; objectForm: boolean };
  /** Every wrapper the call went through, outermost first. */
  chain: { fn: FunctionNode; module: ModuleContext }[];
}

function parametersOf(fn: FunctionNode, value: Value): Binding[] {
  return value.kind === 'dynamic' ? (value.parameters ?? []).filter((parameter) => parameter.param?.fn === fn) : [];
}

/** Callees followed in the CLI's later rounds: those that name a known wrapper, or import what may be one under another name. */
export interface FollowNames {
  names: ReadonlySet<string>;
  /** Whether the export `imported` of the module `specifier` names from `from` may be a wrapper that `names` misses. */
  mayBeUnnamedWrapper: (from: string, specifier: string, imported: string) => boolean;
}

/**
 * Whether the module an import names can lead to a track call, read from the texts of the modules
 * it imports: one that cannot defines no wrapper, so it need not be parsed to see.
 */
export type ReachesCallee = (from: string, specifier: string) => boolean;

/** Finds tracking wrappers and expands their calls: one per wrapper round of a scan, one per linted file. */
export class WrapperResolver {
  private readonly signatures = new Map<FunctionNode, (WrapperSignature | null)[]>();
  private readonly callsByFunction = new WeakMap<ModuleContext, Map<EsNode, CallRecord[]>>();
  /** Wrappers with at least one call found, with their modules: their inner calls are forwards. */
  readonly called = new Map<FunctionNode, ModuleContext>();

  /**
   * @param follow Which callees are followed to see whether they are wrappers: all of them (one file
   * in an editor), none (the CLI's first round, when no wrapper is known yet), or only those that
   * name a known wrapper, so that the CLI does not parse every imported module for nothing.
   * @param reachesCallee When given, following all callees, one imported from the project is
   * followed only into a module that can lead to a track call.
   */
  constructor(
    private readonly evaluator: Evaluator,
    private readonly rules: CalleeRules,
    private readonly follow: 'all' | 'none' | FollowNames = 'all',
    private readonly reachesCallee?: ReachesCallee,
  ) {}

  private mayBeWrapper(callee: EsNode, module: ModuleContext, scope: Scope): boolean {
    if (this.follow === 'none') return false;
    const path = calleePath(callee);
    if (this.follow === 'all') return !path || path.root.type !== 'Identifier' || this.mayReachCallee(module, scope.lookup((path.root as IdentifierNode).name));
    const { names } = this.follow;
    const last = path?.segments[path.segments.length - 1];
    if (!path || last === undefined) return false;
    if (names.has(last)) return true;
    if (path.segments.length !== 1 || path.root.type !== 'Identifier') return false;
    const binding = scope.lookup(last);
    const imported = binding?.import;
    if (imported) return names.has(imported.imported) || (!isPackageSpecifier(imported.source) && this.follow.mayBeUnnamedWrapper(module.path, imported.source, imported.imported));
    const init = binding?.destructured?.init ?? binding?.init;
    return init !== undefined && mentionsName(init, (name) => names.has(name));
  }

  /** False only for a binding imported from a project module that no track call can be reached from. */
  private mayReachCallee(module: ModuleContext, binding: Binding | undefined): boolean {
    const imported = binding?.import;
    if (!imported || !this.reachesCallee || isPackageSpecifier(imported.source)) return true;
    return this.reachesCallee(module.path, imported.source);
  }

  /** The calls inside a function, nested callbacks included (`enqueue(() => client.track(name))`). */
  private callsIn(module: ModuleContext, fn: FunctionNode): CallRecord[] {
    let index = this.callsByFunction.get(module);
    if (!index) {
      index = new Map();
      this.callsByFunction.set(module, index);
    }
    let calls = index.get(fn);
    if (!calls) {
      const start = startOf(fn);
      const end = endOf(fn);
      calls = module.analysis.calls.filter((record) => record.enclosingFunction !== undefined && startOf(record.node) >= start && endOf(record.node) <= end);
      index.set(fn, calls);
    }
    return calls;
  }

  /** The function a callee refers to, when it is one the project defines. */
  calleeFunction(callee: EsNode, module: ModuleContext, scope: Scope, env?: Environment): FunctionValue | undefined {
    const expression = unwrapExpression(callee);
    if (expression.type !== 'Identifier' && expression.type !== 'MemberExpression') return undefined;
    if (!this.mayBeWrapper(expression, module, scope)) return undefined;
    const value = this.evaluator.evaluate(expression, module, scope, env);
    return value.kind === 'function' ? value : undefined;
  }

  /**
   * The function's signature when it is reached `depth` wrappers away from a call site. Kept by
   * depth: a function found no wrapper where the levels ran out may be one where it is called
   * directly, whichever of the two was asked first.
   */
  signatureOf(fn: FunctionValue, depth = 0): WrapperSignature | undefined {
    if (depth >= MAX_WRAPPER_DEPTH) return undefined;
    let byDepth = this.signatures.get(fn.fn);
    if (!byDepth) {
      byDepth = [];
      this.signatures.set(fn.fn, byDepth);
    }
    const cached = byDepth[depth];
    if (cached !== undefined) return cached ?? undefined;
    byDepth[depth] = null;
    const signature = this.findSignature(fn, depth);
    byDepth[depth] = signature ?? null;
    return signature;
  }

  private findSignature(fn: FunctionValue, depth: number): WrapperSignature | undefined {
    for (const record of this.callsIn(fn.module, fn.fn)) {
      const target = record.node.type === 'CallExpression' ? this.innerTarget(record, fn.module, depth) : undefined;
      if (!target) continue;
      const name = target.kind === 'wrapper' ? this.expand(target.signature, record.node, fn.module, record.scope).name : evaluateName(this.evaluator, target.located, fn.module, record.scope);
      const parameters = parametersOf(fn.fn, name);
      // A generated client's function sends its own fixed name, whatever its parameters.
      const fixed = fn.module.generated === true && name.kind === 'strings';
      if (parameters.length === 0 && !fixed) continue;
      return { fn: fn.fn, module: fn.module, inner: record, target, nameParameter: fixed ? -1 : firstIndex(parameters) };
    }
    return undefined;
  }

  /** What a call inside a possible wrapper sends to: another wrapper, or a track call. */
  private innerTarget(record: CallRecord, module: ModuleContext, depth: number): WrapperSignature['target'] | undefined {
    const inner = this.calleeFunction(record.node.callee, module, record.scope);
    const signature = inner ? this.signatureOf(inner, depth + 1) : undefined;
    if (signature) return { kind: 'wrapper', signature };
    const trackCall = locateTrackCall(record.node, record.scope, this.rules);
    return trackCall && trackCall.located !== 'spread' ? { kind: 'track', located: trackCall.located } : undefined;
  }

  /** Binds a wrapper's parameters to the arguments of one of its calls. */
  private bind(signature: WrapperSignature, args: readonly EsNode[], module: ModuleContext, scope: Scope, env: Environment | undefined): Map<Binding, Value> {
    const bound = new Map<Binding, Value>();
    const fnScope = signature.module.analysis.scopeOf.get(signature.fn);
    if (!fnScope) return bound;
    for (const binding of fnScope.bindings.values()) {
      const param = binding.param;
      if (!param || param.fn !== signature.fn) continue;
      const spread = args.findIndex((argument) => argument.type === 'SpreadElement');
      if (spread >= 0 && spread <= param.index) {
        bound.set(binding, { kind: 'dynamic', reason: 'arguments passed with a spread' });
        continue;
      }
      const argument = args[param.index];
      if (!argument || param.rest) continue;
      let value = this.evaluator.evaluate(argument, module, scope, env);
      for (const key of param.path) {
        if (typeof key !== 'string' || key === '...' || key === '?') {
          value = { kind: 'dynamic', reason: 'a destructured parameter' };
          break;
        }
        value = this.evaluator.memberOf(value, key);
      }
      bound.set(binding, value);
    }
    return bound;
  }

  /** What a call of a wrapper sends: the name and properties of the innermost track call, under the caller's arguments. */
  expand(signature: WrapperSignature, call: CallNode, module: ModuleContext, scope: Scope, env?: Environment): WrapperExpansion {
    const bound = this.bind(signature, call.arguments, module, scope, env);
    const chain = [{ fn: signature.fn, module: signature.module }];
    const nameNode = signature.nameParameter < 0 ? call.callee : (call.arguments[signature.nameParameter] ?? call);
    const { inner, target } = signature;
    if (target.kind === 'wrapper') {
      const deeper = this.expand(target.signature, inner.node, signature.module, inner.scope, bound);
      return { ...deeper, nameNode, chain: [...chain, ...deeper.chain] };
    }
    const name = evaluateName(this.evaluator, target.located, signature.module, inner.scope, bound);
    const expansion: WrapperExpansion = { name, nameNode, chain };
    if (target.located.propertiesNode) {
      expansion.propertiesNode = { node: target.located.propertiesNode, scope: inner.scope, module: signature.module, env: bound, objectForm: target.located.objectForm };
    }
    return expansion;
  }
}

/**
 * Whether a wrapper round may change what a module's calls send, whatever names it has learnt: the
 * module calls a function imported from the project itself, which a round may follow by any name.
 */
export function callsProjectImport(module: ModuleContext): boolean {
  return module.analysis.calls.some(({ node, scope }) => {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== 'Identifier') return false;
    const imported = scope.lookup((callee as IdentifierNode).name)?.import;
    return imported !== undefined && !isPackageSpecifier(imported.source);
  });
}

function firstIndex(parameters: Binding[]): number {
  return Math.min(...parameters.map((parameter) => parameter.param?.index ?? Infinity));
}
