import { endOf, startOf, unwrapExpression, type EsNode } from '../extract/ast.js';
import type { Binding } from './scope.js';
import type { ModuleContext } from './module.js';
import { IDENTIFIER } from './wrapper-names.js';

const WORD = /[\w$]+/g;

/** The identifiers a stretch of source spells, strings and type annotations included. */
function wordsOf(text: string, nodes: readonly EsNode[]): Set<string> {
  const words = new Set<string>();
  for (const node of nodes) for (const [word] of text.slice(startOf(node), endOf(node)).matchAll(WORD)) words.add(word);
  return words;
}

function spellsAny(text: string, node: EsNode, names: ReadonlySet<string>): boolean {
  for (const word of wordsOf(text, [node])) if (names.has(word)) return true;
  return false;
}

/** Whether the resolver can find something inside the value of `node`: not in an array, whose elements it never reads. */
function mayHold(node: EsNode): boolean {
  return unwrapExpression(node).type !== 'ArrayExpression';
}

/**
 * The source the resolver evaluates for a binding's value: the class's heritage and body (not its
 * decorators, which it never reads), a function, an initializer and later assignments.
 */
function valueSources(binding: Binding): EsNode[] {
  const sources: EsNode[] = binding.assignments.filter(mayHold);
  const { declaration } = binding;
  if (declaration?.type === 'ClassDeclaration') {
    for (const part of [declaration.superClass, declaration.body]) if (part) sources.push(part as EsNode);
  } else if (declaration) {
    sources.push(declaration);
  }
  if (binding.init && mayHold(binding.init)) sources.push(binding.init);
  if (binding.destructured) sources.push(binding.destructured.init);
  return sources;
}

/** The module's top-level names whose values may lead to one of `holders`, found from the holders outwards. */
function leadingNames(module: ModuleContext, text: string, holders: ReadonlySet<string>): Set<string> {
  const spelledBy = new Map<string, string[]>();
  for (const binding of module.analysis.programScope.bindings.values()) {
    const imported = binding.import?.imported;
    for (const word of imported !== undefined ? [imported] : wordsOf(text, valueSources(binding))) {
      const names = spelledBy.get(word) ?? [];
      names.push(binding.name);
      spelledBy.set(word, names);
    }
  }
  const leading = new Set(holders);
  for (const queue = [...holders]; queue.length > 0; ) {
    for (const name of spelledBy.get(queue.pop() as string) ?? []) {
      if (leading.has(name)) continue;
      leading.add(name);
      queue.push(name);
    }
  }
  return leading;
}

/**
 * The names under which `module` exports a value that may lead the resolver to one of `holders`:
 * a value whose source spells a holder, or a top-level binding that does, at any remove. Undefined
 * when such a value is its default or CommonJS export, which an importer names as it likes.
 */
export function exportsLeadingTo(module: ModuleContext, text: string, holders: ReadonlySet<string>): string[] | undefined {
  const { exports, commonJsExport } = module.analysis;
  const leading = leadingNames(module, text, holders);
  if (commonJsExport && spellsAny(text, commonJsExport.node, leading)) return undefined;
  const names: string[] = [];
  for (const [name, entry] of exports) {
    const leads = entry.kind === 'binding' ? leading.has(entry.local) : entry.kind === 'reexport' ? leading.has(entry.imported) : spellsAny(text, entry.node, leading);
    if (!leads) continue;
    if (name === 'default') return undefined;
    names.push(name);
  }
  return names;
}

/** What the closure of holder names reads: the files in sight, and their parsed modules. */
export interface HolderSearch {
  /** The files in sight (or among `among`) whose text spells one of `names` as a word. */
  spelling(names: readonly string[], among?: ReadonlySet<string>): Iterable<string>;
  /** The file's module and the text its offsets point into; undefined when it does not parse. */
  load(file: string): { module: ModuleContext; text: string } | undefined;
  /** How many modules the closure may read before it is not worth it. */
  budget: number;
}

/**
 * Every name under which a file in sight can get at a class or object of the seeds' names: the
 * seeds, and the exports of the files that spell them whose values lead there, until no file adds
 * one. A call of the holder's method can only be resolved in a file that spells one of them (or
 * reaches the holder through a default export, for which this gives up). Seeds found in later
 * rounds continue the same closure: a file needs reading again only when it spells a new name.
 */
export class HolderClosure {
  private readonly holders = new Set<string>();
  private readonly read = new Set<string>();
  private gaveUp = false;

  constructor(private readonly search: HolderSearch) {}

  /** The names with these seeds added; undefined once it gave up, or more than the budget of files would have to be read. */
  add(seeds: Iterable<string>): ReadonlySet<string> | undefined {
    this.follow(this.addNames(seeds));
    return this.gaveUp ? undefined : this.holders;
  }

  /**
   * Reads the changed files that spell a holder's name again, as they may export another (watch
   * mode). A name no longer exported stays: looking for it too costs a parse, never a call site.
   */
  revisit(changed: readonly string[]): void {
    if (this.gaveUp || changed.length === 0) return;
    this.follow(this.namesExportedBy([...this.search.spelling([...this.holders], new Set(changed))]));
  }

  private follow(fresh: string[]): void {
    while (fresh.length > 0 && !this.gaveUp) fresh = this.namesExportedBy([...this.search.spelling(fresh)]);
  }

  /** The holders' names the files export, not known before; none once it gave up. */
  private namesExportedBy(files: readonly string[]): string[] {
    for (const file of files) this.read.add(file);
    this.gaveUp ||= this.read.size > this.search.budget;
    const added: string[] = [];
    for (const file of files) {
      if (this.gaveUp) break;
      const loaded = this.search.load(file);
      if (!loaded) continue;
      const exported = exportsLeadingTo(loaded.module, loaded.text, this.holders);
      // An export name that is not a plain identifier cannot be looked for as a word.
      if (exported === undefined || exported.some((name) => !IDENTIFIER.test(name))) this.gaveUp = true;
      else added.push(...this.addNames(exported));
    }
    return added;
  }

  private addNames(names: Iterable<string>): string[] {
    const added: string[] = [];
    for (const name of names) {
      if (this.holders.has(name)) continue;
      this.holders.add(name);
      added.push(name);
    }
    return added;
  }
}
