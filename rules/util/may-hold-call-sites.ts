import type { Rule, Scope } from 'eslint';
import type { EsNode } from '../../src/extract/ast.js';
import { analyzeModule, importedName } from '../../src/resolve/analyze-module.js';
import { Evaluator, type Value } from '../../src/resolve/evaluate.js';
import type { ModuleContext } from '../../src/resolve/module.js';
import type { ImportGraph } from '../../src/resolve/import-graph.js';
import type { Project } from './projects.js';

type SourceCode = Rule.RuleContext['sourceCode'];
type Reference = Scope.Reference & { isTypeReference?: boolean; isValueReference?: boolean };
type Node = { type: string; parent?: Node | null };

/** The resolver follows `require('…')` wherever it is written: such a file is always analysed. */
const REQUIRE = /(?<![\w$])require(?![\w$])/;

/** What the loader needs of the importing module: its path. The file itself is analysed only if it passes. */
const NO_ANALYSIS = analyzeModule({ type: 'Program', body: [], range: [0, 0] } as unknown as EsNode);

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
 * Whether a value can hand out a wrapper: only a function, object, class or namespace can hold a
 * function, and only one defined in a module that reaches a track call (through a barrel, the
 * module that defines it, not the one imported). A string, an enum or a value the resolver cannot
 * follow never turns into a function, however it is used.
 */
function mayHoldWrapper(value: Value, graph: ImportGraph): boolean {
  switch (value.kind) {
    case 'function':
    case 'object':
    case 'class':
    case 'instance':
    case 'namespace':
      return graph.reachesCallee(value.module.path);
    default:
      return false;
  }
}

/**
 * Whether a file can hold a call site, so that it is worth the analysis: either its text spells a
 * configured callee (the CLI's prefilter: a direct call, or a wrapper defined here), or it uses,
 * other than as a JSX tag, a binding imported from a module whose imports reach such a text, which
 * is the only place a wrapper defined elsewhere can come from. Most files of an application do neither.
 */
export function mayHoldCallSites(sourceCode: SourceCode, file: string, project: Project): boolean {
  const { text, ast } = sourceCode;
  if (project.prefilter.test(text) || REQUIRE.test(text)) return true;
  // vue-eslint-parser: names used in the template are not references of the script's scope.
  const hasTemplate = (ast as { templateBody?: unknown }).templateBody != null;
  const graph = project.modules.importGraph(project.prefilter);
  const importer: ModuleContext = { path: file, analysis: NO_ANALYSIS };
  const evaluator = new Evaluator(project.modules);
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
    const source = statement.source.value;
    const target = graph.resolve(file, source);
    if (target === undefined || !graph.reachesCallee(target)) continue;
    const variables = sourceCode.getDeclaredVariables(statement);
    if (variables.length < statement.specifiers.length) return true;
    for (const specifier of statement.specifiers) {
      const variable = variables.find((candidate) => candidate.defs.some((definition) => definition.node === specifier));
      if (!variable) return true;
      if (!hasTemplate && !variable.references.some(mayLeadToCall)) continue;
      if (mayHoldWrapper(evaluator.importedValue(importer, source, importedName(specifier as unknown as EsNode)), graph)) return true;
    }
  }
  return false;
}
