import { returnedExpressions, staticKeyName, unwrapExpression, isFunction, type EsNode, type FunctionNode, type IdentifierNode, type LiteralNode, type ObjectNode, type TemplateNode } from '../extract/ast.js';
import type { FunctionOwner } from './analyze-module.js';
import type { ModuleContext, ModuleLoader } from './module.js';
import type { Binding, Scope } from './scope.js';
import { declaresParameter, typedMemberOf } from './typed-class.js';

/** How far a static name had to be followed: the order matters, the farthest wins. */
export type Origin = 'literal' | 'constant' | 'import';

export type Value =
  | { kind: 'strings'; values: string[]; origin: Origin }
  | { kind: 'object'; node: ObjectNode; scope: Scope; module: ModuleContext; origin: Origin; env?: Environment }
  | { kind: 'enum'; node: EsNode; module: ModuleContext; origin: Origin }
  | { kind: 'namespace'; module: ModuleContext; origin: Origin }
  | { kind: 'function'; fn: FunctionNode; module: ModuleContext; scope: Scope; owner?: FunctionOwner }
  | { kind: 'class'; node: EsNode; module: ModuleContext; scope: Scope }
  | { kind: 'instance'; node: EsNode; module: ModuleContext; scope: Scope }
  | { kind: 'not-string'; what: 'number' | 'boolean' | 'array' | 'null' | 'undefined' | 'regular expression' | 'bigint' }
  | { kind: 'dynamic'; reason: string; pattern?: string; parameters?: Binding[] };

export type DynamicValue = Extract<Value, { kind: 'dynamic' }>;

/** Values of parameters at a wrapper's call site, keyed by the parameter's binding. */
export type Environment = ReadonlyMap<Binding, Value>;

const MAX_VALUES = 64;
const MAX_DEPTH = 64;
const ORIGIN_RANK: Record<Origin, number> = { literal: 0, constant: 1, import: 2 };

export function farthest(a: Origin, b: Origin): Origin {
  return ORIGIN_RANK[a] >= ORIGIN_RANK[b] ? a : b;
}

function dynamic(reason: string, pattern?: string, parameters?: Binding[]): DynamicValue {
  const value: DynamicValue = { kind: 'dynamic', reason };
  if (pattern !== undefined) value.pattern = pattern;
  if (parameters && parameters.length > 0) value.parameters = parameters;
  return value;
}

function withOrigin(value: Value, origin: Origin): Value {
  if (value.kind === 'strings' || value.kind === 'object' || value.kind === 'enum' || value.kind === 'namespace') {
    return { ...value, origin: farthest(value.origin, origin) };
  }
  return value;
}

/** The parameters a dynamic value depends on, merged from its parts. */
function mergeParameters(values: Value[]): Binding[] {
  const merged = new Set<Binding>();
  for (const value of values) if (value.kind === 'dynamic') for (const parameter of value.parameters ?? []) merged.add(parameter);
  return [...merged];
}

/** Joins parts (strings and patterns) the way a template or `+` does. */
function concatenate(parts: Value[], reason: string): Value {
  let combos: string[] = [''];
  let pattern = '';
  let isStatic = true;
  let origin: Origin = 'literal';
  for (const part of parts) {
    if (part.kind === 'strings' && isStatic) {
      origin = farthest(origin, part.origin);
      const next: string[] = [];
      for (const prefix of combos) for (const value of part.values) next.push(prefix + value);
      if (next.length > MAX_VALUES) return dynamic('too many possible names', undefined);
      combos = next;
    }
    if (part.kind === 'strings' && part.values.length === 1) pattern += part.values[0];
    else if (part.kind === 'dynamic' && part.pattern !== undefined) pattern += part.pattern;
    else pattern += '*';
    if (part.kind !== 'strings') isStatic = false;
  }
  if (isStatic) return { kind: 'strings', values: unique(combos), origin };
  const collapsed = pattern.replace(/\*+/g, '*');
  return dynamic(reason, collapsed === '*' ? undefined : collapsed, mergeParameters(parts));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function union(values: Value[], reason: string): Value {
  const strings: string[] = [];
  let origin: Origin = 'literal';
  for (const value of values) {
    if (value.kind !== 'strings') {
      if (value.kind === 'dynamic') return dynamic(value.reason, value.pattern, mergeParameters(values));
      if (values.length === 1) return value;
      return dynamic(reason, undefined, mergeParameters(values));
    }
    strings.push(...value.values);
    origin = farthest(origin, value.origin);
  }
  const distinct = unique(strings);
  if (distinct.length > MAX_VALUES) return dynamic('too many possible names');
  return { kind: 'strings', values: distinct, origin };
}

export class Evaluator {
  private depth = 0;
  private readonly active = new Set<Binding>();

  constructor(private readonly loader: ModuleLoader) {}

  evaluate(node: EsNode, module: ModuleContext, scope: Scope, env?: Environment): Value {
    if (this.depth > MAX_DEPTH) return dynamic('too deeply nested to follow');
    this.depth++;
    try {
      return this.evaluateNode(unwrapExpression(node), module, scope, env);
    } finally {
      this.depth--;
    }
  }

  private evaluateNode(node: EsNode, module: ModuleContext, scope: Scope, env: Environment | undefined): Value {
    switch (node.type) {
      case 'Literal':
        return literalValue(node as LiteralNode);
      case 'TemplateLiteral': {
        const template = node as TemplateNode;
        const parts: Value[] = [];
        template.quasis.forEach((quasi, index) => {
          parts.push({ kind: 'strings', values: [quasi.value.cooked ?? quasi.value.raw], origin: 'literal' });
          const expression = template.expressions[index];
          if (expression) parts.push(this.evaluate(expression, module, scope, env));
        });
        return concatenate(parts, 'a template with expressions');
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return arithmetic(node.operator as string);
        const left = this.evaluate(node.left as EsNode, module, scope, env);
        const right = this.evaluate(node.right as EsNode, module, scope, env);
        if (left.kind === 'not-string' && right.kind === 'not-string') return { kind: 'not-string', what: 'number' };
        return concatenate([left, right], 'built by concatenation');
      }
      case 'Identifier':
        return this.evaluateIdentifier(node as IdentifierNode, module, scope, env);
      case 'MemberExpression':
        return this.evaluateMember(node, module, scope, env);
      case 'ConditionalExpression':
        return union(
          [this.evaluate(node.consequent as EsNode, module, scope, env), this.evaluate(node.alternate as EsNode, module, scope, env)],
          'a condition between names that are not all known',
        );
      case 'LogicalExpression': {
        if (node.operator === '&&') return dynamic('a logical expression');
        const left = this.evaluate(node.left as EsNode, module, scope, env);
        const right = this.evaluate(node.right as EsNode, module, scope, env);
        if (left.kind === 'not-string' && (left.what === 'null' || left.what === 'undefined')) return right;
        return union([left, right], 'a fallback between names that are not all known');
      }
      case 'SequenceExpression': {
        const expressions = node.expressions as EsNode[];
        const last = expressions[expressions.length - 1];
        return last ? this.evaluate(last, module, scope, env) : dynamic('an empty expression');
      }
      case 'ObjectExpression':
        return env ? { kind: 'object', node: node as ObjectNode, scope, module, origin: 'literal', env } : { kind: 'object', node: node as ObjectNode, scope, module, origin: 'literal' };
      case 'ArrayExpression':
        return { kind: 'not-string', what: 'array' };
      case 'UnaryExpression':
        if (node.operator === 'typeof') return dynamic('a typeof expression');
        if (node.operator === 'void') return { kind: 'not-string', what: 'undefined' };
        return { kind: 'not-string', what: node.operator === '!' ? 'boolean' : 'number' };
      case 'CallExpression':
        return this.evaluateCall(node, module, scope, env);
      case 'NewExpression': {
        const target = (node.arguments as EsNode[])[0];
        const constructor = unwrapExpression(node.callee as EsNode);
        if (constructor.type === 'Identifier' && (constructor as IdentifierNode).name === 'Proxy' && !scope.lookup('Proxy') && target) {
          return this.evaluate(target, module, scope, env);
        }
        const created = this.evaluate(node.callee as EsNode, module, scope, env);
        return created.kind === 'class' ? { kind: 'instance', node: created.node, module: created.module, scope: created.scope } : dynamic('an object created with new');
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return { kind: 'function', fn: node as FunctionNode, module, scope: module.analysis.scopeOf.get(node)?.parent ?? scope, owner: module.analysis.functionOwners.get(node) };
      case 'ClassExpression':
        return { kind: 'class', node, module, scope };
      case 'AwaitExpression':
        return dynamic('an awaited value');
      case 'TaggedTemplateExpression':
        return dynamic("a function's result");
      case 'ThisExpression':
        return thisValue(module, scope);
      default:
        return dynamic(`a ${node.type} expression`);
    }
  }

  private evaluateCall(node: EsNode, module: ModuleContext, scope: Scope, env: Environment | undefined): Value {
    const callee = unwrapExpression(node.callee as EsNode);
    const args = node.arguments as EsNode[];
    const first = args[0];
    if (callee.type === 'MemberExpression' && first) {
      const object = unwrapExpression(callee.object as EsNode);
      const method = staticKeyName(callee.property as EsNode, callee.computed as boolean);
      if (object.type === 'Identifier' && (object as IdentifierNode).name === 'Object' && method === 'freeze') {
        return this.evaluate(first, module, scope, env);
      }
    }
    if (callee.type === 'Identifier' && (callee as IdentifierNode).name === 'require' && !scope.lookup('require') && first) {
      const specifier = unwrapExpression(first);
      if (specifier.type === 'Literal' && typeof (specifier as LiteralNode).value === 'string') {
        return this.importedValue(module, (specifier as LiteralNode).value as string, '*');
      }
    }
    if (callee.type === 'Identifier' && (callee as IdentifierNode).name === 'useCallback' && first) return this.evaluate(first, module, scope, env);
    const called = callee.type === 'Identifier' || callee.type === 'MemberExpression' ? this.evaluate(callee, module, scope, env) : undefined;
    if (called?.kind === 'function') return this.returnedValue(called);
    return dynamic("a function's result");
  }

  /** What a function returns, when it is one function, object or instance (a hook returning its tracker). */
  private returnedValue(fn: Extract<Value, { kind: 'function' }>): Value {
    const fnScope = fn.module.analysis.scopeOf.get(fn.fn) ?? fn.scope;
    const returns = returnedExpressions(fn.fn);
    const returned = returns.length === 1 ? returns[0] : undefined;
    if (!returned) return dynamic("a function's result");
    const value = this.evaluate(returned, fn.module, fnScope);
    return value.kind === 'function' || value.kind === 'object' || value.kind === 'instance' ? value : dynamic("a function's result");
  }

  private evaluateIdentifier(node: IdentifierNode, module: ModuleContext, scope: Scope, env: Environment | undefined): Value {
    if (node.name === 'undefined' && !scope.lookup('undefined')) return { kind: 'not-string', what: 'undefined' };
    const binding = scope.lookup(node.name);
    if (!binding) return dynamic('a global variable');
    const fromEnv = env?.get(binding);
    if (fromEnv) return fromEnv;
    return this.evaluateBinding(binding, module, env);
  }

  evaluateBinding(binding: Binding, module: ModuleContext, env?: Environment): Value {
    if (this.active.has(binding)) return dynamic('a value defined in terms of itself');
    this.active.add(binding);
    try {
      return this.bindingValue(binding, module, env);
    } finally {
      this.active.delete(binding);
    }
  }

  private bindingValue(binding: Binding, module: ModuleContext, env: Environment | undefined): Value {
    switch (binding.kind) {
      case 'param': {
        const fromEnv = env?.get(binding);
        return fromEnv ?? dynamic('parameter of a function never called', undefined, [binding]);
      }
      case 'import':
        return binding.import ? this.importedValue(module, binding.import.source, binding.import.imported) : dynamic('an unknown import');
      case 'function':
        return binding.declaration && isFunction(binding.declaration)
          ? { kind: 'function', fn: binding.declaration, module, scope: binding.scope, owner: module.analysis.functionOwners.get(binding.declaration) }
          : dynamic('a function');
      case 'class':
        return binding.declaration ? { kind: 'class', node: binding.declaration, module, scope: binding.scope } : dynamic('a class');
      case 'enum':
        return binding.declaration ? { kind: 'enum', node: binding.declaration, module, origin: 'constant' } : dynamic('an enum');
      case 'catch':
        return dynamic('a caught error');
      default:
        return this.variableValue(binding, module, env);
    }
  }

  private variableValue(binding: Binding, module: ModuleContext, env: Environment | undefined): Value {
    if (binding.writtenUnknown) return dynamic('a variable changed in a way that cannot be followed');
    const sources: Value[] = [];
    if (binding.destructured) {
      const base = this.evaluate(binding.destructured.init, module, binding.scope, env);
      sources.push(this.followPath(base, binding.destructured.path));
    } else if (binding.init) {
      sources.push(this.evaluate(binding.init, module, binding.scope, env));
    } else if (binding.assignments.length === 0) {
      return dynamic('a variable without a value');
    }
    for (const assignment of binding.assignments) sources.push(this.evaluate(assignment, module, binding.scope, env));
    if (sources.length === 1 && sources[0]) return withOrigin(sources[0], 'constant');
    return withOrigin(union(sources, 'a variable assigned names that are not all known'), 'constant');
  }

  private followPath(base: Value, path: (string | number)[]): Value {
    let value = base;
    for (const key of path) {
      if (typeof key === 'number' || key === '...' || key === '?') return dynamic('a destructured value');
      value = this.memberOf(value, key);
    }
    return value;
  }

  importedValue(module: ModuleContext, specifier: string, imported: string): Value {
    const target = this.loader.resolveImport(module, specifier);
    if (target.kind === 'package') return dynamic(`imported from the package "${target.name}"`);
    if (target.kind === 'unresolved') return dynamic(`imported from "${specifier}", which could not be resolved`);
    return withOrigin(this.exportedValue(target.module, imported, new Set()), 'import');
  }

  exportedValue(module: ModuleContext, name: string, visited: Set<ModuleContext>): Value {
    if (name === '*') return { kind: 'namespace', module, origin: 'import' };
    if (visited.has(module)) return dynamic('a circular re-export');
    visited.add(module);
    const { analysis } = module;
    const entry = analysis.exports.get(name);
    if (entry?.kind === 'binding') {
      const binding = analysis.programScope.bindings.get(entry.local);
      return binding ? this.evaluateBinding(binding, module) : dynamic(`"${entry.local}" is not declared in its module`);
    }
    if (entry?.kind === 'expression') return this.evaluate(entry.node, module, entry.scope);
    if (entry?.kind === 'reexport') {
      const target = this.loader.resolveImport(module, entry.source);
      if (target.kind === 'package') return dynamic(`imported from the package "${target.name}"`);
      if (target.kind === 'unresolved') return dynamic(`re-exported from "${entry.source}", which could not be resolved`);
      return this.exportedValue(target.module, entry.imported, visited);
    }
    if (analysis.commonJsExport) {
      const exported = this.evaluate(analysis.commonJsExport.node, module, analysis.commonJsExport.scope);
      return name === 'default' ? exported : this.memberOf(exported, name);
    }
    if (name !== 'default') {
      for (const source of analysis.starExports) {
        const target = this.loader.resolveImport(module, source);
        if (target.kind !== 'module') continue;
        if (!exportsName(target.module, name)) continue;
        return this.exportedValue(target.module, name, visited);
      }
    }
    return dynamic(`"${name}" is not exported by its module`);
  }

  private evaluateMember(node: EsNode, module: ModuleContext, scope: Scope, env: Environment | undefined): Value {
    const object = this.evaluate(node.object as EsNode, module, scope, env);
    const computed = node.computed as boolean;
    const property = node.property as EsNode;
    let key = staticKeyName(property, computed);
    if (key === undefined && computed) {
      const keyValue = this.evaluate(property, module, scope, env);
      if (keyValue.kind === 'strings' && keyValue.values.length === 1) key = keyValue.values[0];
      else if (object.kind === 'object' || object.kind === 'enum') return dynamic('a property chosen at runtime');
    }
    if (key === undefined) {
      if (object.kind === 'dynamic') return dynamic(object.reason === "a function's result" ? "a function's result" : 'a property of a value that is not known', undefined, object.parameters);
      return dynamic('a property chosen at runtime');
    }
    return this.memberOf(object, key);
  }

  memberOf(object: Value, key: string): Value {
    switch (object.kind) {
      case 'object': {
        const found = this.findProperty(object.node, key);
        if (!found) return dynamic(`a key the object does not have ("${key}")`);
        if (found.type === 'Property' && (found.kind === 'get' || found.kind === 'set')) return dynamic('an accessor of an object');
        return withOrigin(this.evaluate((found.type === 'Property' ? found.value : found) as EsNode, object.module, object.scope, object.env), object.origin);
      }
      case 'instance':
      case 'class':
        return this.classMember(object.node, object.module, object.scope, key, object.kind === 'class', 0);
      case 'enum':
        return enumMember(object.node, key, object.origin);
      case 'namespace':
        return withOrigin(this.exportedValue(object.module, key, new Set()), object.origin);
      case 'strings':
        return key === 'length' ? { kind: 'not-string', what: 'number' } : dynamic('a property of a string');
      case 'dynamic':
        return dynamic(object.reason === "a function's result" ? "a function's result" : 'a property of a value that is not known', undefined, object.parameters);
      default:
        return dynamic('a property of a value that is not a constant object');
    }
  }

  /** A method, field or constructor parameter property of a class (or its superclasses). */
  private classMember(node: EsNode, module: ModuleContext, scope: Scope, key: string, isStatic: boolean, depth: number): Value {
    for (const member of ((node.body as EsNode).body as EsNode[]) ?? []) {
      if (Boolean(member.static) !== isStatic) continue;
      const memberKey = staticKeyName(member.key as EsNode, member.computed as boolean);
      if (member.type === 'MethodDefinition' && memberKey === 'constructor' && !isStatic) {
        if (!declaresParameter(member.value as FunctionNode, key)) continue;
        const typed = typedMemberOf(node, member, module);
        const parameter = ((typed.value as FunctionNode).params ?? []).find(
          (param) => param.type === 'TSParameterProperty' && staticKeyName(param.parameter as EsNode, false) === key,
        );
        const annotation = ((parameter?.parameter as EsNode | undefined)?.typeAnnotation as EsNode | undefined) ?? undefined;
        if (annotation) return this.typeValue(annotation, module, scope);
        continue;
      }
      if (memberKey !== key) continue;
      if (member.type === 'MethodDefinition' && member.kind === 'method') {
        const fn = member.value as FunctionNode;
        return { kind: 'function', fn, module, scope, owner: module.analysis.functionOwners.get(fn) };
      }
      if (member.type === 'PropertyDefinition') {
        if (member.value) return this.evaluate(member.value as EsNode, module, scope);
        const typed = typedMemberOf(node, member, module);
        if (typed.typeAnnotation) return this.typeValue(typed.typeAnnotation as EsNode, module, scope);
      }
    }
    const superClass = node.superClass as EsNode | null | undefined;
    if (superClass && depth < 8) {
      const parent = this.evaluate(superClass, module, scope);
      if (parent.kind === 'class') return this.classMember(parent.node, parent.module, parent.scope, key, isStatic, depth + 1);
    }
    return dynamic(`a member the class does not have ("${key}")`);
  }

  /** An instance of the class a type annotation names (`analytics: AnalyticsService`). */
  private typeValue(annotation: EsNode, module: ModuleContext, scope: Scope): Value {
    const type = annotation.type === 'TSTypeAnnotation' ? (annotation.typeAnnotation as EsNode) : annotation;
    if (type.type !== 'TSTypeReference') return dynamic('a value of a type that is not a class');
    const typeName = type.typeName as EsNode;
    const named = this.evaluate(typeName, module, scope);
    return named.kind === 'class' ? { kind: 'instance', node: named.node, module: named.module, scope: named.scope } : dynamic('a value of a type that is not a class');
  }

  private findProperty(object: ObjectNode, key: string, depth = 0): EsNode | undefined {
    for (let i = object.properties.length - 1; i >= 0; i--) {
      const property = object.properties[i];
      if (!property) continue;
      if (property.type === 'SpreadElement' && depth < 8) {
        const spread = unwrapExpression(property.argument as EsNode);
        if (spread.type === 'ObjectExpression') {
          const found = this.findProperty(spread as ObjectNode, key, depth + 1);
          if (found) return found;
        }
        continue;
      }
      if (property.type === 'Property' && staticKeyName(property.key as EsNode, property.computed as boolean) === key) return property;
    }
    return undefined;
  }
}

/** `this` inside a method: an instance of its class, or the object literal it belongs to. */
function thisValue(module: ModuleContext, scope: Scope): Value {
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    if (!current.isFunctionScope || current.node.type === 'ArrowFunctionExpression') continue;
    const owner = module.analysis.functionOwners.get(current.node)?.ownerNode;
    const ownerScope = current.parent ?? current;
    if (owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression') return { kind: 'instance', node: owner, module, scope: ownerScope };
    if (owner?.type === 'ObjectExpression') return { kind: 'object', node: owner as ObjectNode, scope: ownerScope, module, origin: 'constant' };
    return dynamic('a property of this');
  }
  return dynamic('a property of this');
}

function literalValue(node: LiteralNode): Value {
  const { value } = node;
  if (typeof value === 'string') return { kind: 'strings', values: [value], origin: 'literal' };
  if (typeof value === 'number') return { kind: 'not-string', what: 'number' };
  if (typeof value === 'boolean') return { kind: 'not-string', what: 'boolean' };
  if (value === null) return node.regex ? { kind: 'not-string', what: 'regular expression' } : { kind: 'not-string', what: 'null' };
  if (typeof value === 'bigint' || node.bigint) return { kind: 'not-string', what: 'bigint' };
  return { kind: 'not-string', what: 'regular expression' };
}

function arithmetic(operator: string): Value {
  if (['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>'].includes(operator)) return { kind: 'not-string', what: 'number' };
  return { kind: 'not-string', what: 'boolean' };
}

function enumMember(declaration: EsNode, key: string, origin: Origin): Value {
  const members = ((declaration.body as EsNode | undefined)?.members ?? declaration.members ?? []) as EsNode[];
  for (const member of members) {
    const id = member.id as EsNode;
    if (staticKeyName(id, false) !== key) continue;
    const initializer = member.initializer as EsNode | null | undefined;
    if (!initializer) return { kind: 'not-string', what: 'number' };
    const value = unwrapExpression(initializer);
    if (value.type === 'Literal' && typeof (value as LiteralNode).value === 'string') {
      return { kind: 'strings', values: [(value as LiteralNode).value as string], origin };
    }
    if (value.type === 'TemplateLiteral' && (value as TemplateNode).expressions.length === 0) {
      return { kind: 'strings', values: [(value as TemplateNode).quasis[0]?.value.cooked ?? ''], origin };
    }
    if (value.type === 'Literal' || value.type === 'UnaryExpression' || value.type === 'BinaryExpression') return { kind: 'not-string', what: 'number' };
    return dynamic('an enum member computed at runtime');
  }
  return dynamic(`a member the enum does not have ("${key}")`);
}

function exportsName(module: ModuleContext, name: string): boolean {
  return module.analysis.exports.has(name) || module.analysis.commonJsExport !== undefined;
}
