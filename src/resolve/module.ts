import type { Comment, EsNode } from '../extract/ast.js';
import { analyzeModule, type ModuleAnalysis } from './analyze-module.js';

/** A parsed and analyzed module: a file with call sites, or one parsed only to resolve names. */
export interface ModuleContext {
  /** Absolute path. */
  path: string;
  analysis: ModuleAnalysis;
  /** Kept for files that may turn out to hold call sites, whose directives live in comments. */
  comments?: Comment[];
  /** A generated tracking client (Typewriter, Ampli, Avo): its functions implement events where they are called. */
  generated?: boolean;
  /** When the tree has no type annotations: the program with them, for the declared types of class members. */
  typedProgram?: () => EsNode;
}

export interface ModuleTree {
  program: EsNode;
  comments?: Comment[];
  typedProgram?: () => EsNode;
}

/** A parsed file, analyzed: the one way the CLI, the loader and the ESLint rules make a module. */
export function analyzedModule(path: string, tree: ModuleTree, generated?: boolean): ModuleContext {
  const module: ModuleContext = { path, analysis: analyzeModule(tree.program) };
  if (tree.comments !== undefined) module.comments = tree.comments;
  if (tree.typedProgram !== undefined) module.typedProgram = tree.typedProgram;
  if (generated !== undefined) module.generated = generated;
  return module;
}

export type ImportTarget = { kind: 'module'; module: ModuleContext } | { kind: 'package'; name: string } | { kind: 'unresolved' };

/** Finds and parses imported modules; each module is parsed at most once per run. */
export interface ModuleLoader {
  resolveImport(from: ModuleContext, specifier: string): ImportTarget;
}

export const NO_IMPORTS: ModuleLoader = {
  resolveImport: () => ({ kind: 'unresolved' }),
};
