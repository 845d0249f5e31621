import { endOf, isFunction, mentionsName, startOf, returnedExpressions, type EsNode, type FunctionNode, type IdentifierNode } from '../extract/ast.js';
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
   * names, or a method's name, but not the object or class that holds a method (`analytics.send()`
   * spells `send`). What the prefilter looks for: a holder named `store` would send the scan
   * through every file that mentions a store.
   */
  called: string[];
}

const IDENTIFIER = /^[\w$]+$/;

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
  const names: WrapperNames = { local: [], exported: [], called: [] };
  const owner = module.analysis.functionOwners.get(fn);
  const isMethod = owner?.ownerName !== undefined || owner?.ownerNode !== undefined;
  if (owner?.name) names.local.push(owner.name);
  if (owner?.ownerName) {
    const exported = exportNamesOf(module, owner.ownerName);
    if (exported.length > 0) {
      names.exported.push(owner.name, owner.ownerName, ...exported);
      names.called.push(owner.name);
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
        names.called.push(...(isMethod ? [owner?.name] : [holder, ...outer.called]));
      }
    }
  }
  const valid = (name: string | undefined): name is string => name !== undefined && name !== 'default' && IDENTIFIER.test(name);
  const unique = (list: (string | undefined)[]): string[] => [...new Set(list.filter(valid))];
  return { local: unique(names.local), exported: unique(names.exported), called: unique(names.called) };
}
