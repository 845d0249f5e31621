import { basename, dirname } from 'node:path';
import { endOf, isFunction, mentionsName, startOf, returnedExpressions, type EsNode, type FunctionNode, type IdentifierNode } from '../extract/ast.js';
import type { ExportEntry } from './analyze-module.js';
import type { ModuleContext } from './module.js';

/**
 * The names under which a possible wrapper is called: `local` for callees in any file that is parsed
 * anyway, `exported` for callees in other files, `called` for the prefilter to find those files. A
 * handler local to a component gives no exported name, so that it does not send the scan through
 * every importer.
 */
export interface WrapperNames {
  local: string[];
  exported: string[];
  /**
   * The exported names a caller in another file must write to call the wrapper: the function's own
   * names, or the name of a method whose holder has no name of its own, but not the object or class
   * that holds a method (`analytics.send()` spells `send`). What the prefilter looks for: a holder
   * named `store` would send the scan through every file that mentions a store.
   */
  called: string[];
  /**
   * A method of a named class or object: callers write its name, and reach it only through a name
   * of its holder's (`holders`: the class or object and its export names), which the prefilter of
   * later rounds asks for as well, so that a common name such as `execute` does not send the scan
   * through every file that calls some `execute`.
   */
  method?: { name: string; holders: string[] };
}

/** A name the prefilter can look for as a word. */
export const IDENTIFIER = /^[\w$]+$/;

function exportNamesOf(module: ModuleContext, local: string): string[] {
  const names: string[] = [];
  for (const [name, entry] of module.analysis.exports) {
    const refers = (entry.kind === 'binding' && entry.local === local) || (entry.kind === 'expression' && entry.node.type === 'Identifier' && (entry.node as IdentifierNode).name === local);
    if (refers) names.push(name);
  }
  if (module.analysis.commonJsExport && mentions(module.analysis.commonJsExport.node, local)) names.push(local);
  return names;
}

/** Whether `node` names `name` where it is evaluated, not inside a function it holds. */
function mentions(node: EsNode, name: string): boolean {
  return mentionsName(node, (candidate) => candidate === name, (child) => !isFunction(child));
}

/** The function around `fn`, and the name of the variable that holds `fn` in it (`const track = useCallback(fn)`). */
function enclosing(fn: FunctionNode, module: ModuleContext): { outer: FunctionNode; holder?: string } | undefined {
  for (let scope = module.analysis.scopeOf.get(fn)?.parent; scope; scope = scope.parent) {
    if (!scope.isFunctionScope || !isFunction(scope.node)) continue;
    const outer = scope.node;
    let holder: string | undefined;
    for (const binding of scope.bindings.values()) {
      const init = binding.init;
      if (init && startOf(init) <= startOf(fn) && endOf(fn) <= endOf(init)) holder = binding.name;
    }
    return holder !== undefined ? { outer, holder } : { outer };
  }
  return undefined;
}

export function wrapperNames(fn: FunctionNode, module: ModuleContext, depth = 0): WrapperNames {
  const names: { local: (string | undefined)[]; exported: (string | undefined)[]; called: (string | undefined)[] } = { local: [], exported: [], called: [] };
  let method: WrapperNames['method'];
  const owner = module.analysis.functionOwners.get(fn);
  const isMethod = owner?.ownerName !== undefined || owner?.ownerNode !== undefined;
  if (owner?.name) names.local.push(owner.name);
  if (owner?.ownerName) {
    const exported = exportNamesOf(module, owner.ownerName);
    if (exported.length > 0) {
      names.exported.push(owner.name, owner.ownerName, ...exported);
      method = { name: owner.name, holders: [owner.ownerName, ...exported] };
    }
  } else if (owner?.ownerNode) {
    if (module.analysis.exports.get('default')?.kind === 'expression' || module.analysis.commonJsExport) {
      names.exported.push(owner.name);
      names.called.push(owner.name);
    }
  } else if (owner?.name) {
    const exported = exportNamesOf(module, owner.name);
    if (exported.length > 0) {
      names.exported.push(owner.name, ...exported);
      names.called.push(owner.name, ...exported);
    }
  }
  const around = depth < 3 ? enclosing(fn, module) : undefined;
  if (around) {
    const holder = around.holder ?? owner?.name;
    if (holder !== undefined) names.local.push(holder);
    const escapes = holder !== undefined && returnedExpressions(around.outer).some((expression) => mentions(expression, holder));
    if (escapes) {
      const outer = wrapperNames(around.outer, module, depth + 1);
      names.local.push(...outer.local);
      if (outer.exported.length > 0) {
        names.exported.push(holder, ...outer.exported);
        // A method is called by its own name, whatever holds it; a held function by its holder's, or through the outer function.
        names.called.push(...(isMethod ? [owner?.name] : [holder, ...outer.called, outer.method?.name]));
      }
    }
  }
  const valid = (name: string | undefined): name is string => name !== undefined && name !== 'default' && IDENTIFIER.test(name);
  const unique = (list: (string | undefined)[]): string[] => [...new Set(list.filter(valid))];
  const result: WrapperNames = { local: unique(names.local), exported: unique(names.exported), called: unique(names.called) };
  if (method && valid(method.name) && !result.called.includes(method.name)) result.method = { name: method.name, holders: unique(method.holders) };
  return result;
}

/** The name an export gives again, unchanged, to something else: a re-export, an imported binding, a constant set to another name. */
function aliasedName(module: ModuleContext, entry: ExportEntry): string | undefined {
  if (entry.kind === 'reexport') return entry.imported;
  const local = entry.kind === 'binding' ? entry.local : entry.node.type === 'Identifier' ? (entry.node as IdentifierNode).name : undefined;
  const binding = local === undefined ? undefined : module.analysis.programScope.bindings.get(local);
  if (binding?.import) return binding.import.imported;
  const init = binding?.kind === 'const' ? binding.init : undefined;
  if (init?.type !== 'Identifier') return undefined;
  const name = (init as IdentifierNode).name;
  return module.analysis.programScope.bindings.get(name)?.import?.imported ?? name;
}

/**
 * The names under which a module exports a wrapper known by another name (`export { trackEvent as
 * logEvent } from './track'`, `export const logEvent = trackEvent`): its callers write those.
 */
export function exportedAliases(module: ModuleContext, names: ReadonlySet<string>): string[] {
  const aliases: string[] = [];
  for (const [exported, entry] of module.analysis.exports) {
    if (exported === 'default' || names.has(exported) || !IDENTIFIER.test(exported)) continue;
    const aliased = aliasedName(module, entry);
    if (aliased !== undefined && names.has(aliased)) aliases.push(exported);
  }
  return aliases;
}

/** What an import of the module at `path` spells, whatever it binds: its file's name, or its folder's for an index. */
function specifierName(path: string): string {
  const name = basename(path).replace(/\.[^.]*$/, '');
  return name === 'index' ? basename(dirname(path)) : name;
}

/**
 * What a caller of a wrapper the module exports by default spells: the module's name in the import
 * (`import post from './send'`), as the local name can be any. The prefilter of later rounds looks
 * for it; a specifier that names the module otherwise (`'.'`, a path alias to the file) escapes it.
 */
export function defaultExportSpecifierNames(fn: FunctionNode, module: ModuleContext): string[] {
  const name = module.analysis.functionOwners.get(fn)?.name;
  const exported = module.analysis.exports.get('default');
  const cjs = module.analysis.commonJsExport?.node;
  const refers = (node: EsNode | undefined): boolean => node === fn || (node?.type === 'Identifier' && (node as IdentifierNode).name === name);
  const isDefault = (exported?.kind === 'binding' && exported.local === name) || (exported?.kind === 'expression' && refers(exported.node)) || refers(cjs);
  return isDefault && name !== undefined ? [specifierName(module.path)] : [];
}
