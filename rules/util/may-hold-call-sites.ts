import type { Rule, Scope } from 'eslint';
import type { Project } from './projects.js';

type SourceCode = Rule.RuleContext['sourceCode'];
type Reference = Scope.Reference & { isTypeReference?: boolean; isValueReference?: boolean };
type Node = { type: string; parent?: Node | null };

/** The resolver follows `require('…')` wherever it is written: such a file is always analysed. */
const REQUIRE = /(?<![\w$])require(?![\w$])/;

function insideClass(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassDeclaration' || current.type === 'ClassExpression') return true;
  }
  return false;
}

/**
 * Whether a use of an imported binding can end in a call the resolver follows. A JSX tag renders,
 * it calls nothing the resolver sees; a type is read only for a class's members
 * (`constructor(private analytics: Analytics)`).
 */
function mayLeadToCall(reference: Reference): boolean {
  const identifier = reference.identifier as Node;
  if (identifier.type === 'JSXIdentifier') return false;
  if (reference.isTypeReference === true && reference.isValueReference !== true) return insideClass(identifier);
  return true;
}

/**
 * Whether a file can hold a call site, so that it is worth the analysis: either its text spells a
 * configured callee (the CLI's prefilter: a direct call, or a wrapper defined here), or it uses a
 * binding imported from a module whose imports, followed to the end, reach such a text, which is
 * the only place a wrapper defined elsewhere can come from. Most files of an application do neither.
 */
export function mayHoldCallSites(sourceCode: SourceCode, file: string, project: Project): boolean {
  const { text, ast } = sourceCode;
  if (project.prefilter.test(text) || REQUIRE.test(text)) return true;
  // vue-eslint-parser: names used in the template are not references of the script's scope.
  const hasTemplate = (ast as { templateBody?: unknown }).templateBody != null;
  const graph = project.modules.importGraph(project.prefilter);
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
    const target = graph.resolve(file, statement.source.value);
    if (target === undefined || !graph.reachesCallee(target)) continue;
    if (hasTemplate) return true;
    const variables = sourceCode.getDeclaredVariables(statement);
    if (variables.length < statement.specifiers.length) return true;
    if (variables.some((variable) => variable.references.some(mayLeadToCall))) return true;
  }
  return false;
}
