/**
 * The slice of ESTree that trackplan reads, which is what lets one extractor serve the CLI and the
 * rules. Positions come as `start`/`end` from oxc-parser (asking it for `range` too costs a fifth of
 * the parse) and as `range` from ESLint's parsers: read them through startOf and endOf.
 */
export interface EsNode {
  type: string;
  start?: number;
  end?: number;
  range?: [number, number];
  [key: string]: unknown;
}

export interface CallNode extends EsNode {
  type: 'CallExpression' | 'NewExpression';
  callee: EsNode;
  arguments: EsNode[];
}

export interface IdentifierNode extends EsNode {
  type: 'Identifier';
  name: string;
}

export interface LiteralNode extends EsNode {
  type: 'Literal';
  value: string | number | boolean | null | RegExp | bigint;
}

export interface TemplateNode extends EsNode {
  type: 'TemplateLiteral';
  quasis: (EsNode & { value: { cooked: string | null; raw: string } })[];
  expressions: EsNode[];
}

export interface ObjectNode extends EsNode {
  type: 'ObjectExpression';
  properties: EsNode[];
}

export interface FunctionNode extends EsNode {
  type: 'FunctionDeclaration' | 'FunctionExpression' | 'ArrowFunctionExpression';
  id: IdentifierNode | null;
  params: EsNode[];
  body: EsNode;
}

export interface Comment {
  type: 'Line' | 'Block';
  value: string;
  range: [number, number];
}

const SKIPPED_KEYS = new Set(['parent', 'range', 'loc', 'start', 'end', 'type', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'decorators']);

export function isNode(value: unknown): value is EsNode {
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') return false;
  return Array.isArray((value as EsNode).range) || typeof (value as EsNode).start === 'number';
}

/** `range` first: ESLint's RuleTester makes reading `start` on its nodes throw. */
export function startOf(node: EsNode): number {
  return node.range?.[0] ?? node.start ?? 0;
}

export function endOf(node: EsNode): number {
  return node.range?.[1] ?? node.end ?? 0;
}

/** The child nodes of a node, in source order as ESTree keys list them; type annotations are skipped. */
export function childrenOf(node: EsNode): EsNode[] {
  const children: EsNode[] = [];
  for (const key in node) {
    if (SKIPPED_KEYS.has(key)) continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

export function unwrapExpression(node: EsNode): EsNode {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'ParenthesizedExpression':
      case 'ChainExpression':
        current = current.expression as EsNode;
        break;
      default:
        return current;
    }
  }
}

export function isFunction(node: EsNode): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

export function staticKeyName(node: EsNode, computed: boolean): string | undefined {
  if (!computed && node.type === 'Identifier') return (node as IdentifierNode).name;
  if (node.type === 'Literal') {
    const value = (node as LiteralNode).value;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  if (node.type === 'TemplateLiteral' && (node as TemplateNode).expressions.length === 0) {
    return (node as TemplateNode).quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

export function rangeOf(node: EsNode): { start: number; end: number } {
  return { start: startOf(node), end: endOf(node) };
}

/**
 * Whether an identifier in `node` has a name `wanted` accepts; `descend` decides which children are
 * looked into (the code a function runs, or only what is evaluated where `node` stands).
 */
export function mentionsName(node: EsNode, wanted: (name: string) => boolean, descend: (child: EsNode) => boolean = () => true): boolean {
  if (node.type === 'Identifier' && wanted((node as IdentifierNode).name)) return true;
  return childrenOf(node).some((child) => descend(child) && mentionsName(child, wanted, descend));
}

/** The expressions a function returns, not those of functions inside it. */
export function returnedExpressions(fn: FunctionNode): EsNode[] {
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const returned: EsNode[] = [];
  const visit = (node: EsNode): void => {
    if (node.type === 'ReturnStatement' && node.argument) returned.push(node.argument as EsNode);
    for (const child of childrenOf(node)) if (!isFunction(child)) visit(child);
  };
  visit(fn.body);
  return returned;
}
