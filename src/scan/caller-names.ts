import type { CalleeRules } from '../extract/callees.js';
import type { FunctionNode } from '../extract/ast.js';
import { HolderClosure, type HolderSearch } from '../resolve/holders.js';
import type { ModuleContext } from '../resolve/module.js';
import { defaultExportSpecifierNames, exportedAliases, wrapperNames } from '../resolve/wrapper-names.js';
import { Prefilter, type MethodCallers } from './prefilter.js';
import type { NameExchange } from './peer.js';

/** What the names learnt in the rounds are checked against: the files the rounds can parse. */
export interface FilesInSight extends Omit<HolderSearch, 'budget'> {
  /** Whether the rounds parse the module at `path` when it spells a learnt name. */
  inSight(path: string): boolean;
  /** How many files of the shard, not parsed yet, contain `name`. */
  unparsedContaining(name: string): number;
}

/** Below this many files spelling a wrapper method's name, parsing them costs less than looking for its holder's names. */
const MIN_CALLERS_FOR_HOLDERS = 16;

/**
 * The names the wrapper rounds learn: those the resolver follows imports by, and those a caller in
 * another file must write, which decide what the next round parses.
 */
export class CallerNames {
  /** Names under which the wrappers found so far are called, in their files and in others. */
  readonly followed = new Set<string>();
  /** The names a caller in another file must write. */
  private readonly called = new Set<string>();
  /** Methods of named classes and objects found to be wrappers, each with the names of the holders it was found in. */
  private readonly methodHolders = new Map<string, Set<string>>();
  /** By method: the names its holders reach other files under; undefined where the method's name is rare enough to look for alone. */
  private readonly closures = new Map<string, HolderClosure | undefined>();
  /** What the last round's prefilter asked for. */
  private asked: { names: string[]; methods: MethodCallers[] } = { names: [], methods: [] };
  /** What the files not parsed have been tested for: names, and methods with their holders. */
  private readonly tested = { names: new Set<string>(), methods: new Map<string, string>() };

  constructor(
    private readonly rules: CalleeRules,
    /** The first pass's prefilter: a file that passes it is parsed whatever the rounds learn. */
    private readonly callees: Prefilter,
    private readonly sight: FilesInSight,
  ) {}

  /** How much has been learnt: it only grows, so an unchanged count means a round learnt nothing. */
  get size(): number {
    let holders = 0;
    for (const names of this.methodHolders.values()) holders += names.size;
    return this.followed.size + this.called.size + holders;
  }

  /** Learns the names of a possible wrapper. */
  addWrapper(fn: FunctionNode, module: ModuleContext): void {
    const { local, exported, called, method } = wrapperNames(fn, module);
    for (const name of [...local, ...exported]) this.followed.add(name);
    for (const name of [...called, ...defaultExportSpecifierNames(fn, module)]) this.called.add(name);
    if (!method) return;
    // Holders are looked for in the files in sight; a method of one defined elsewhere is called by its name alone.
    if (!this.sight.inSight(module.path)) {
      this.called.add(method.name);
      return;
    }
    const holders = this.methodHolders.get(method.name) ?? new Set<string>();
    for (const holder of method.holders) holders.add(holder);
    this.methodHolders.set(method.name, holders);
  }

  /** Learns the names under which a parsed module exports a wrapper known by another name. */
  addAliases(module: ModuleContext): void {
    for (const alias of exportedAliases(module, this.followed)) {
      this.followed.add(alias);
      this.called.add(alias);
    }
  }

  /** Ends a round of a two-thread scan with what both threads learnt. */
  share(exchange: NameExchange): void {
    exchange.share(this.followed, this.called, this.methodHolders);
  }

  /**
   * What a file must spell to be parsed, or extracted again, in the next round: a name a caller
   * writes, or a wrapper method's name with a name of its holder's, when the holder's names are
   * fewer to look for than the files that spell the method.
   */
  callersPrefilter(): Prefilter {
    const names = [...this.called];
    const methods: MethodCallers[] = [];
    for (const [method, seeds] of this.methodHolders) {
      if (this.called.has(method)) continue;
      const holders = this.holdersOf(method, seeds);
      if (holders) methods.push({ method, holders: [...holders] });
      else names.push(method);
    }
    this.asked = { names, methods };
    return new Prefilter({ ...this.rules, specs: [] }, names, methods);
  }

  /**
   * What the last prefilter asked for that the files not parsed have not been tested for; undefined
   * when nothing. What the rounds ask for only grows, so a file that failed before fails the rest.
   */
  untestedPrefilter(): Prefilter | undefined {
    const names = this.asked.names.filter((name) => !this.tested.names.has(name));
    const methods = this.asked.methods.filter(({ method, holders }) => this.tested.methods.get(method) !== holders.join(' '));
    for (const name of names) this.tested.names.add(name);
    for (const { method, holders } of methods) this.tested.methods.set(method, holders.join(' '));
    return names.length > 0 || methods.length > 0 ? new Prefilter({ ...this.rules, specs: [] }, names, methods) : undefined;
  }

  /** The first pass's prefilter with what the last round asked for: what a file changed in watch mode must pass. */
  changedFilePrefilter(): Prefilter {
    return new Prefilter(this.rules, this.asked.names, this.asked.methods);
  }

  /** Reads changed files again for the holders' names they may now export (watch mode). */
  revisit(changed: readonly string[]): void {
    for (const closure of this.closures.values()) closure?.revisit(changed);
  }

  private holdersOf(method: string, seeds: ReadonlySet<string>): ReadonlySet<string> | undefined {
    // The first pass parsed every file that calls a method named as a configured callee is.
    if (this.callees.searchedNames.includes(method)) return undefined;
    if (!this.closures.has(method)) {
      const callers = this.sight.unparsedContaining(method);
      this.closures.set(method, callers < MIN_CALLERS_FOR_HOLDERS ? undefined : new HolderClosure({ ...this.sight, budget: callers / 2 }));
    }
    return this.closures.get(method)?.add(seeds);
  }
}
