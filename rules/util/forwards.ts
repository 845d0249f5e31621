import { childrenOf, unwrapExpression, type EsNode, type FunctionNode, type IdentifierNode, type TemplateNode } from '../../src/extract/ast.js';
import type { ForwardCandidate } from '../../src/extract/extract.js';
import type { OffsetRange } from '../../src/extract/types.js';
import type { ModuleContext } from '../../src/resolve/module.js';
import type { Scope } from '../../src/resolve/scope.js';

const MAX_CONSTANT_DEPTH = 8;

/** The node spanning `range` inside `root`, with the innermost scope around it. */
function nodeAt(root: EsNode, range: OffsetRange, module: ModuleContext): { node: EsNode; scope: Scope } | undefined {
  let scope = module.analysis.scopeOf.get(root);
  let current: EsNode | undefined = root;
  while (current && scope) {
    if (current.range[0] === range.start && current.range[1] === range.end) return { node: current, scope };
    current = childrenOf(current).find((child) => child.range[0] <= range.start && range.end <= child.range[1]);
    scope = (current && module.analysis.scopeOf.get(current)) ?? scope;
  }
  return undefined;
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
      const constant = binding?.kind === 'const' && binding.init !== undefined && depth < MAX_CONSTANT_DEPTH;
      return constant && binding.init !== undefined && madeOfParameters(binding.init, fn, binding.scope, depth + 1);
    }
    default:
      return false;
  }
}

/**
 * Whether a call whose name depends on its function's parameters is taken as a wrapper's forward.
 * One file cannot show whether the function is called elsewhere, so the shape decides: a name made of
 * whole parameters is forwarded (`trackEvent(name)`), while a property of one (`props.label`) or a
 * destructured one (`{ label }`) is a dynamic name, as the CLI reports it when nothing calls the function.
 */
export function isForward(candidate: ForwardCandidate, module: ModuleContext, calledInFile: ReadonlySet<FunctionNode>): boolean {
  if (calledInFile.has(candidate.fn)) return true;
  const found = nodeAt(candidate.fn, candidate.call.position, module);
  return found !== undefined && madeOfParameters(found.node, candidate.fn, found.scope);
}
