import { childrenOf, endOf, isFunction, rangeOf, returnedExpressions, startOf, unwrapExpression, type EsNode, type FunctionNode, type IdentifierNode, type TemplateNode } from '../../src/extract/ast.js';
import type { ForwardCandidate } from '../../src/extract/extract.js';
import type { OffsetRange } from '../../src/extract/types.js';
import type { ModuleContext } from '../../src/resolve/module.js';
import type { Scope } from '../../src/resolve/scope.js';

const MAX_CONSTANT_DEPTH = 8;

function contains(node: EsNode, range: OffsetRange): boolean {
  return startOf(node) <= range.start && range.end <= endOf(node);
}

/** The nodes from `root` down to the one spanning `range` (that node last), with the innermost scope around it. */
function pathTo(root: EsNode, range: OffsetRange, module: ModuleContext): { path: EsNode[]; scope: Scope } | undefined {
  let scope = module.analysis.scopeOf.get(root);
  const path: EsNode[] = [];
  for (let current: EsNode | undefined = root; current && scope; current = childrenOf(current).find((child) => contains(child, range))) {
    path.push(current);
    scope = module.analysis.scopeOf.get(current) ?? scope;
    if (startOf(current) === range.start && endOf(current) === range.end) return { path, scope };
  }
  return undefined;
}

/** Whether an identifier named `name` appears in `node` (or `node` is `fn` itself). */
function mentions(node: EsNode, name: string, fn: EsNode): boolean {
  if (node === fn || (node.type === 'Identifier' && (node as IdentifierNode).name === name)) return true;
  return childrenOf(node).some((child) => mentions(child, name, fn));
}

/** Whether `expression` hands the function named `name` out: itself, or in an object or array (`return { track }`), not as a JSX prop. */
function handsOut(expression: EsNode, name: string): boolean {
  const node = unwrapExpression(expression);
  switch (node.type) {
    case 'Identifier':
      return (node as IdentifierNode).name === name;
    case 'ObjectExpression':
      return (node.properties as EsNode[]).some((property) => handsOut((property.type === 'Property' ? property.value : property.argument) as EsNode, name));
    case 'ArrayExpression':
      return (node.elements as (EsNode | null)[]).some((element) => element !== null && handsOut(element, name));
    case 'ConditionalExpression':
      return handsOut(node.consequent as EsNode, name) || handsOut(node.alternate as EsNode, name);
    case 'SpreadElement':
      return handsOut(node.argument as EsNode, name);
    default:
      return false;
  }
}

function isExported(name: string, fn: FunctionNode, module: ModuleContext): boolean {
  const { exports, commonJsExport } = module.analysis;
  for (const entry of exports.values()) {
    if (entry.kind === 'binding' && entry.local === name) return true;
    if (entry.kind === 'expression' && mentions(entry.node, name, fn)) return true;
  }
  return commonJsExport !== undefined && mentions(commonJsExport.node, name, fn);
}

/** `const track = useCallback(fn, […])`: the resolver follows useCallback, so the constant names `fn`. */
function useCallbackName(fn: FunctionNode, ancestors: EsNode[]): string | undefined {
  const [declarator, call] = ancestors.slice(-2);
  if (call?.type !== 'CallExpression' || (call.arguments as EsNode[])[0] !== fn) return undefined;
  const callee = unwrapExpression(call.callee as EsNode);
  if (callee.type !== 'Identifier' || (callee as IdentifierNode).name !== 'useCallback') return undefined;
  const id = declarator?.type === 'VariableDeclarator' ? (declarator.id as EsNode) : undefined;
  return id?.type === 'Identifier' ? (id as IdentifierNode).name : undefined;
}

/**
 * Whether code in another file may call `fn` by a name, which is the only way it can be a wrapper
 * this file does not show: a class or object method, an exported function, or one a function
 * returns (a hook's tracker). A callback (`items.forEach((name) => …)`, `onClick={(event) => …}`) cannot.
 */
function mayBeCalledElsewhere(fn: FunctionNode, module: ModuleContext): boolean {
  const owner = module.analysis.functionOwners.get(fn);
  if (owner?.ownerNode) return true;
  const ancestors = pathTo(module.analysis.program, rangeOf(fn), module)?.path.slice(0, -1) ?? [];
  const parent = ancestors.at(-1);
  if (parent?.type === 'ReturnStatement' || (parent && isFunction(parent) && parent.body === fn)) return true;
  const name = owner?.name ?? useCallbackName(fn, ancestors);
  if (name === undefined) return false;
  const enclosing = ancestors.findLast(isFunction);
  if (!enclosing) return isExported(name, fn, module);
  return returnedExpressions(enclosing).some((expression) => handsOut(expression, name));
}

/** `name`, `` `App.${area}.${action}` ``, `'Clicked ' + button`, or a const holding one: text and whole parameters of `fn`, nothing else. */
function madeOfParameters(node: EsNode, fn: FunctionNode, scope: Scope, depth = 0): boolean {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string';
    case 'TemplateLiteral':
      return (expression as TemplateNode).expressions.every((part) => madeOfParameters(part, fn, scope, depth));
    case 'BinaryExpression':
      return expression.operator === '+' && madeOfParameters(expression.left as EsNode, fn, scope, depth) && madeOfParameters(expression.right as EsNode, fn, scope, depth);
    case 'Identifier': {
      const binding = scope.lookup((expression as IdentifierNode).name);
      if (binding?.param) return binding.param.fn === fn && binding.param.path.length === 0 && !binding.param.rest;
      return binding?.kind === 'const' && binding.init !== undefined && depth < MAX_CONSTANT_DEPTH && madeOfParameters(binding.init, fn, binding.scope, depth + 1);
    }
    default:
      return false;
  }
}

/**
 * Whether a call whose name depends on its function's parameters is a wrapper's forward, never
 * reported. The CLI knows, from the whole project, whether the function is called; one file shows
 * only calls in it. Otherwise a function that code elsewhere may call, passing a name made of whole
 * parameters (`trackEvent(name)`), is taken as a wrapper; a callback, or a name made of a property
 * (`props.label`) or a destructured parameter (`{ label }`), is a dynamic name, as the CLI reports it.
 */
export function isForward(candidate: ForwardCandidate, module: ModuleContext, calledInFile: ReadonlySet<FunctionNode>): boolean {
  if (calledInFile.has(candidate.fn)) return true;
  if (!mayBeCalledElsewhere(candidate.fn, module)) return false;
  const found = pathTo(candidate.fn, candidate.call.position, module);
  const node = found?.path.at(-1);
  return found !== undefined && node !== undefined && madeOfParameters(node, candidate.fn, found.scope);
}
