import { childrenOf, endOf, startOf, type EsNode, type FunctionNode, type IdentifierNode } from '../extract/ast.js';
import type { ModuleContext } from './module.js';

const CLASSES = new Set(['ClassDeclaration', 'ClassExpression']);

function findClass(node: EsNode, start: number): EsNode | undefined {
  if (CLASSES.has(node.type) && startOf(node) === start) return node;
  for (const child of childrenOf(node)) {
    if (startOf(child) <= start && start < endOf(child)) return findClass(child, start);
  }
  return undefined;
}

function parameterName(param: EsNode): string | undefined {
  const target = param.type === 'TSParameterProperty' ? (param.parameter as EsNode) : param;
  const binding = target.type === 'AssignmentPattern' ? (target.left as EsNode) : target;
  return binding.type === 'Identifier' ? (binding as IdentifierNode).name : undefined;
}

/** Whether a constructor takes a parameter named `key`: only then can it be a parameter property. */
export function declaresParameter(constructor: FunctionNode, key: string): boolean {
  return constructor.params.some((param) => parameterName(param) === key);
}

const typedMembers = new WeakMap<EsNode, Map<number, EsNode>>();

/**
 * A class member as the typed tree has it, for its declared type (`analytics: AnalyticsService`,
 * `constructor(private analytics: AnalyticsService)`), when the module's own tree was parsed
 * without annotations; the member itself when the tree has them already.
 */
export function typedMemberOf(classNode: EsNode, member: EsNode, module: ModuleContext): EsNode {
  if (!module.typedProgram) return member;
  let members = typedMembers.get(classNode);
  if (!members) {
    const typed = findClass(module.typedProgram(), startOf(classNode));
    const body = ((typed?.body as EsNode | undefined)?.body as EsNode[] | undefined) ?? [];
    members = new Map(body.map((typedMember) => [startOf(typedMember), typedMember]));
    typedMembers.set(classNode, members);
  }
  return members.get(startOf(member)) ?? member;
}
