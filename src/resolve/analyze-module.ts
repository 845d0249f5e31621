import { childrenOf, isFunction, staticKeyName, type CallNode, type EsNode, type FunctionNode, type IdentifierNode } from '../extract/ast.js';
import { Scope, type Binding, type BindingKind } from './scope.js';

export type ExportEntry =
  | { kind: 'binding'; local: string }
  | { kind: 'expression'; node: EsNode; scope: Scope }
  | { kind: 'reexport'; source: string; imported: string };

export interface CallRecord {
  node: CallNode;
  scope: Scope;
  enclosingFunction?: FunctionNode;
}

/** How a function can be called from elsewhere: its own name, or a method of a class or object. */
export interface FunctionOwner {
  name: string;
  ownerName?: string;
  /** The class or object literal the function is a member of. */
  ownerNode?: EsNode;
}

export interface ModuleAnalysis {
  program: EsNode;
  programScope: Scope;
  exports: Map<string, ExportEntry>;
  starExports: string[];
  /** `module.exports = <expression>` */
  commonJsExport?: { node: EsNode; scope: Scope };
  calls: CallRecord[];
  functionOwners: Map<EsNode, FunctionOwner>;
  scopeOf: Map<EsNode, Scope>;
}

/**
 * The walk keeps its own stack instead of recursing, so no nesting depth overflows the JS stack:
 * a step is a node to visit, or work that must run after the steps queued before it.
 */
type Step = { node: EsNode; scope: Scope; fn: FunctionNode | undefined } | (() => void);

interface PendingWrite {
  scope: Scope;
  name: string;
  value?: EsNode;
}

const BLOCK_SCOPES = new Set(['BlockStatement', 'StaticBlock', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement', 'CatchClause']);

function isMemberNamed(node: EsNode, object: string, property: string): boolean {
  return (
    node.type === 'MemberExpression' &&
    (node.object as EsNode).type === 'Identifier' &&
    ((node.object as IdentifierNode).name === object) &&
    staticKeyName(node.property as EsNode, node.computed as boolean) === property
  );
}

/** The name an import specifier imports: `default`, `*` for a namespace, or the named export. */
export function importedName(specifier: EsNode): string {
  if (specifier.type === 'ImportDefaultSpecifier') return 'default';
  if (specifier.type === 'ImportNamespaceSpecifier') return '*';
  return staticKeyName(specifier.imported as EsNode, false) ?? 'default';
}

/** One walk over a module: scopes and bindings, exports, every call with its scope and enclosing function. */
export function analyzeModule(program: EsNode): ModuleAnalysis {
  const programScope = new Scope(program, undefined, true);
  const analysis: ModuleAnalysis = {
    program,
    programScope,
    exports: new Map(),
    starExports: [],
    calls: [],
    functionOwners: new Map(),
    scopeOf: new Map([[program, programScope]]),
  };
  const writes: PendingWrite[] = [];

  const declare = (scope: Scope, id: EsNode, kind: BindingKind, extra: Partial<Binding> = {}): void => {
    if (id.type !== 'Identifier') return;
    const name = (id as IdentifierNode).name;
    const target = kind === 'var' ? scope.functionScope : scope;
    target.bindings.set(name, { name, kind, scope: target, id, assignments: [], writtenUnknown: false, ...extra });
  };

  const declarePattern = (
    scope: Scope,
    pattern: EsNode,
    kind: BindingKind,
    source: { init?: EsNode; param?: Binding['param'] },
    path: (string | number)[],
  ): void => {
    switch (pattern.type) {
      case 'Identifier':
        if (source.param) declare(scope, pattern, kind, { param: { ...source.param, path } });
        else if (path.length === 0) declare(scope, pattern, kind, source.init ? { init: source.init } : {});
        else if (source.init) declare(scope, pattern, kind, { destructured: { init: source.init, path } });
        else declare(scope, pattern, kind);
        return;
      case 'ObjectPattern':
        for (const property of pattern.properties as EsNode[]) {
          if (property.type === 'RestElement') {
            declarePattern(scope, property.argument as EsNode, kind, { param: source.param }, [...path, '...']);
            continue;
          }
          const key = staticKeyName(property.key as EsNode, property.computed as boolean);
          declarePattern(scope, property.value as EsNode, kind, source, [...path, key ?? '?']);
        }
        return;
      case 'ArrayPattern':
        (pattern.elements as (EsNode | null)[]).forEach((element, index) => {
          if (element) declarePattern(scope, element, kind, source, [...path, index]);
        });
        return;
      case 'AssignmentPattern':
        declarePattern(scope, pattern.left as EsNode, kind, source, path);
        return;
      case 'RestElement':
        declarePattern(scope, pattern.argument as EsNode, kind, source.param ? { param: { ...source.param, rest: true } } : {}, path);
        return;
      case 'TSParameterProperty':
        declarePattern(scope, pattern.parameter as EsNode, kind, source, path);
        return;
      default:
        return;
    }
  };

  const markUnknownWrites = (scope: Scope, pattern: EsNode): void => {
    if (pattern.type === 'Identifier') writes.push({ scope, name: (pattern as IdentifierNode).name });
    else if (pattern.type !== 'MemberExpression') for (const child of childrenOf(pattern)) markUnknownWrites(scope, child);
  };

  const ownFunction = (fn: FunctionNode, owner: FunctionOwner): void => {
    if (!analysis.functionOwners.has(fn)) analysis.functionOwners.set(fn, owner);
  };

  const walkFunction = (fn: FunctionNode, scope: Scope): Step[] => {
    const fnScope = new Scope(fn, scope, true);
    analysis.scopeOf.set(fn, fnScope);
    if (fn.type === 'FunctionExpression' && fn.id) declare(fnScope, fn.id, 'function', { declaration: fn });
    fn.params.forEach((param, index) => declarePattern(fnScope, param, 'param', { param: { fn, index, path: [], rest: false } }, []));
    const steps: Step[] = fn.params.map((param) => ({ node: param, scope: fnScope, fn }));
    const body = fn.body;
    if (body.type === 'BlockStatement') {
      steps.push(() => hoist(body.body as EsNode[], fnScope));
      for (const statement of body.body as EsNode[]) steps.push({ node: statement, scope: fnScope, fn });
    }
    else steps.push({ node: body, scope: fnScope, fn });
    return steps;
  };

  const hoist = (statements: EsNode[], scope: Scope): void => {
    for (const statement of statements) {
      const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? (statement.declaration as EsNode | null) : statement;
      if (declaration?.type === 'FunctionDeclaration' && declaration.id) declare(scope, declaration.id as EsNode, 'function', { declaration });
    }
  };

  /** Visits one node and returns what comes next, in source order. */
  function walk(node: EsNode, scope: Scope, fn: FunctionNode | undefined): Step[] {
    if (isFunction(node)) {
      if (node.type === 'FunctionDeclaration' && node.id) ownFunction(node, { name: node.id.name });
      return walkFunction(node, scope);
    }
    switch (node.type) {
      case 'Program':
        hoist(node.body as EsNode[], scope);
        break;
      case 'VariableDeclaration': {
        const kind = node.kind === 'const' || node.kind === 'using' || node.kind === 'await using' ? 'const' : (node.kind as 'let' | 'var');
        const steps: Step[] = [];
        for (const declarator of node.declarations as EsNode[]) {
          const id = declarator.id as EsNode;
          const init = (declarator.init as EsNode | null) ?? undefined;
          steps.push(() => {
            declarePattern(scope, id, kind, { init }, []);
            if (init && isFunction(init) && id.type === 'Identifier') ownFunction(init, { name: (id as IdentifierNode).name });
            if (init?.type === 'ObjectExpression' && id.type === 'Identifier') ownObjectMethods(init, (id as IdentifierNode).name);
          });
          if (init) steps.push({ node: init, scope, fn });
        }
        return steps;
      }
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const id = node.id as IdentifierNode | null;
        if (id && node.type === 'ClassDeclaration') declare(scope, id, 'class', { declaration: node });
        const className = id?.name;
        for (const member of ((node.body as EsNode).body as EsNode[]) ?? []) {
          const value = member.value as EsNode | null | undefined;
          const key = staticKeyName(member.key as EsNode, member.computed as boolean);
          if (value && isFunction(value) && key) {
            ownFunction(value, className ? { name: key, ownerName: className, ownerNode: node } : { name: key, ownerNode: node });
          }
        }
        break;
      }
      case 'ImportDeclaration': {
        const source = (node.source as EsNode).value as string;
        for (const specifier of node.specifiers as EsNode[]) {
          declare(scope, specifier.local as EsNode, 'import', { import: { source, imported: importedName(specifier) } });
        }
        return [];
      }
      case 'TSEnumDeclaration':
        declare(scope, node.id as EsNode, 'enum', { declaration: node });
        return [];
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'TSDeclareFunction':
        return [];
      case 'ExportNamedDeclaration': {
        const source = node.source ? ((node.source as EsNode).value as string) : undefined;
        for (const specifier of (node.specifiers as EsNode[]) ?? []) {
          const exported = staticKeyName(specifier.exported as EsNode, false);
          const local = staticKeyName(specifier.local as EsNode, false);
          if (!exported || !local) continue;
          analysis.exports.set(exported, source ? { kind: 'reexport', source, imported: local } : { kind: 'binding', local });
        }
        const declaration = node.declaration as EsNode | null;
        if (!declaration) return [];
        return [{ node: declaration, scope, fn }, () => {
          for (const name of declaredNames(declaration)) analysis.exports.set(name, { kind: 'binding', local: name });
        }];
      }
      case 'ExportDefaultDeclaration': {
        const declaration = node.declaration as EsNode;
        const id = declaration.id as IdentifierNode | null | undefined;
        if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && id) {
          return [{ node: declaration, scope, fn }, () => analysis.exports.set('default', { kind: 'binding', local: id.name })];
        }
        if (isFunction(declaration)) ownFunction(declaration, { name: 'default' });
        analysis.exports.set('default', { kind: 'expression', node: declaration, scope });
        break;
      }
      case 'ExportAllDeclaration': {
        const source = (node.source as EsNode).value as string;
        const exported = node.exported ? staticKeyName(node.exported as EsNode, false) : undefined;
        if (exported) analysis.exports.set(exported, { kind: 'reexport', source, imported: '*' });
        else analysis.starExports.push(source);
        return [];
      }
      case 'TSExportAssignment':
        analysis.commonJsExport = { node: node.expression as EsNode, scope };
        break;
      case 'AssignmentExpression': {
        const left = node.left as EsNode;
        const right = node.right as EsNode;
        if (left.type === 'Identifier') {
          writes.push({ scope, name: (left as IdentifierNode).name, value: node.operator === '=' ? right : undefined });
        } else if (left.type === 'MemberExpression') {
          recordCommonJsExport(left, right, scope);
        } else {
          markUnknownWrites(scope, left);
        }
        break;
      }
      case 'UpdateExpression':
        markUnknownWrites(scope, node.argument as EsNode);
        break;
      case 'ForInStatement':
      case 'ForOfStatement': {
        const left = node.left as EsNode;
        if (left.type !== 'VariableDeclaration') markUnknownWrites(scope, left);
        break;
      }
      case 'CallExpression':
      case 'NewExpression':
        analysis.calls.push({ node: node as CallNode, scope, enclosingFunction: fn });
        break;
      case 'ObjectExpression':
        ownObjectMethods(node);
        break;
      default:
        break;
    }
    let inner = scope;
    if (BLOCK_SCOPES.has(node.type)) {
      inner = new Scope(node, scope, false);
      analysis.scopeOf.set(node, inner);
      if (node.type === 'CatchClause' && node.param) declarePattern(inner, node.param as EsNode, 'catch', {}, []);
      if (node.type === 'BlockStatement' || node.type === 'StaticBlock') hoist(node.body as EsNode[], inner);
    }
    const steps: Step[] = [];
    for (const child of childrenOf(node)) {
      if (node.type === 'CatchClause' && child === node.param) continue;
      steps.push({ node: child, scope: inner, fn });
    }
    return steps;
  }

  function ownObjectMethods(object: EsNode, objectName?: string): void {
    for (const property of object.properties as EsNode[]) {
      if (property.type !== 'Property') continue;
      const value = property.value as EsNode;
      const key = staticKeyName(property.key as EsNode, property.computed as boolean);
      if (key && isFunction(value)) ownFunction(value, objectName ? { name: key, ownerName: objectName, ownerNode: object } : { name: key, ownerNode: object });
    }
  }

  function recordCommonJsExport(left: EsNode, right: EsNode, scope: Scope): void {
    if (scope !== programScope) return;
    if (isMemberNamed(left, 'module', 'exports')) {
      analysis.commonJsExport = { node: right, scope };
      return;
    }
    const object = left.object as EsNode;
    const name = staticKeyName(left.property as EsNode, left.computed as boolean);
    if (!name) return;
    if ((object.type === 'Identifier' && (object as IdentifierNode).name === 'exports') || isMemberNamed(object, 'module', 'exports')) {
      analysis.exports.set(name, { kind: 'expression', node: right, scope });
    }
  }

  const pending: Step[] = [{ node: program, scope: programScope, fn: undefined }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    if (typeof step === 'function') {
      step();
      continue;
    }
    const next = walk(step.node, step.scope, step.fn);
    for (let i = next.length - 1; i >= 0; i--) pending.push(next[i] as Step);
  }
  for (const write of writes) {
    const binding = write.scope.lookup(write.name);
    if (!binding) continue;
    if (write.value) binding.assignments.push(write.value);
    else binding.writtenUnknown = true;
  }
  return analysis;
}

function declaredNames(declaration: EsNode): string[] {
  if (declaration.type === 'VariableDeclaration') {
    const names: string[] = [];
    const collect = (pattern: EsNode): void => {
      if (pattern.type === 'Identifier') names.push((pattern as IdentifierNode).name);
      else for (const child of childrenOf(pattern)) if (child.type !== 'Literal' && !(pattern.type === 'Property' && child === pattern.key && !pattern.shorthand)) collect(child);
    };
    for (const declarator of declaration.declarations as EsNode[]) collect(declarator.id as EsNode);
    return names;
  }
  const id = declaration.id as IdentifierNode | null | undefined;
  return id?.type === 'Identifier' ? [id.name] : [];
}
