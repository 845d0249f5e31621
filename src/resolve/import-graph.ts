import { readFileSync } from 'node:fs';

/**
 * `from '…'`, `import '…'`, `import('…')`, `require('…')`: every specifier the resolver may follow
 * (and a few it never does, such as one in a string), with comments allowed before the quote.
 */
const SPECIFIER = /(?:(?<![\w$.])(?:from|import\s*\(?)|(?<![\w$.])require\s*\()\s*(?:\/\*[^]{0,256}?\*\/\s*|\/\/[^\n\r]{0,256}[\n\r]\s*)*(['"])([^'"\n\r]{1,1024})\1/g;

/** The last `import` or `export` keyword of a text, where the statement a specifier ends begins. */
function lastKeyword(text: string): { keyword: string; end: number } | undefined {
  const boundary = (index: number, after: boolean): boolean => index < 0 || index >= text.length || !(after ? /[\w$]/ : /[\w$.]/).test(text[index] as string);
  for (let from = text.length; from > 0; ) {
    const at = Math.max(text.lastIndexOf('import', from - 1), text.lastIndexOf('export', from - 1));
    if (at < 0) return undefined;
    if (boundary(at - 1, false) && boundary(at + 6, true)) return { keyword: text.slice(at, at + 6), end: at + 6 };
    from = at;
  }
  return undefined;
}

/** The clause of an import or export that binds by name: `{ a, b as c }`, `* as ns`, `*`. */
const NAMED_CLAUSE = /^\s*(?:type\s+)?(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?)\s*$/;

const DEFAULT_CLAUSE = /^\s*(?:type\s+)?([\w$]+)\s*(?:,|$)/;

/**
 * What an import binds of a module without the module's export names: the local name of a default
 * import, `*` when it cannot be told which (`require`, `import()`, `default as`, a clause this does
 * not read), undefined for an import by name or for effects only.
 */
function unnamedBinding(text: string, match: RegExpMatchArray): string | undefined {
  const index = match.index ?? 0;
  if (!match[0].startsWith('from')) return match[0].startsWith('import') && !match[0].includes('(') ? undefined : '*';
  const before = text.slice(Math.max(0, index - 2048), index);
  const statement = lastKeyword(before);
  if (statement === undefined) return '*';
  const clause = before.slice(statement.end);
  if (NAMED_CLAUSE.test(clause) && !/\bdefault\b/.test(clause)) return undefined;
  return (statement.keyword === 'import' ? DEFAULT_CLAUSE.exec(clause)?.[1] : undefined) ?? '*';
}

/**
 * Whether a default-imported binding is used other than in its import, as a JSX tag (`<Button />`),
 * in a path or a string, or through a member (`store.dispatch()`, whose name a caller spells).
 */
function usedAsValue(text: string, local: string): boolean {
  if (local === '*') return true;
  const name = local.replace(/\$/g, '\\$');
  const uses = text.matchAll(new RegExp(`(?<![\\w$.<@/'"\\x60-])${name}(?![\\w$])(?!\\s*\\??\\.\\s*(?!(?:call|apply|bind)\\b)[\\w$#])`, 'g'));
  let count = 0;
  for (const _use of uses) if (++count > 1) return true;
  return false;
}

function readFromDisk(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // A module that cannot be read cannot be parsed by the loader either.
    return '';
  }
}

/** What a module's text says, read once: whether it can hold a track call, what it imports. */
interface ModuleText {
  stamp: string;
  holdsCallee: boolean;
  specifiers: string[];
  /** The project files the specifiers name, once every one of them has been resolved. */
  imports?: string[];
}

/**
 * The project's imports as read from the text, without parsing: a wrapper can only be defined in a
 * module that holds a track call or imports, at any distance, one that does. So a binding imported
 * from a module whose imports never lead to such a text cannot be a wrapper, whatever it is.
 */
export class ImportGraph {
  private readonly texts = new Map<string, ModuleText>();
  private readonly reaching = new Map<string, boolean>();
  private readonly unnamedImports = new Map<string, string[]>();

  constructor(
    /** The project file an import names, as the module loader resolves it; undefined for a package's or one not found. */
    readonly resolve: (from: string, specifier: string) => string | undefined,
    private readonly holdsCallee: (text: string) => boolean,
    /** How an editor tells that a module read changed; a one-shot scan needs none. */
    private readonly stamp?: (path: string) => string,
    /** The text of a module the caller holds already, if it does. */
    private readonly heldText: (path: string) => string | undefined = () => undefined,
  ) {}

  /** Whether the project module `specifier` names from `from` can lead to a track call; false for one not found. */
  reachesCalleeFrom(from: string, specifier: string): boolean {
    const target = this.resolve(from, specifier);
    return target !== undefined && this.reachesCallee(target);
  }

  /**
   * Whether `path` or a module it imports, directly or not, can hold a track call. Imports are
   * resolved one at a time, and the search stops at the first that leads there: most of an
   * application's modules do, and resolving an import is the search's main cost.
   */
  reachesCallee(path: string): boolean {
    const known = this.reaching.get(path);
    if (known !== undefined) return known;
    const cameFrom = new Map<string, string | undefined>([[path, undefined]]);
    const reached = (module: string): true => {
      for (let node: string | undefined = module; node !== undefined; node = cameFrom.get(node)) this.reaching.set(node, true);
      return true;
    };
    if (this.textOf(path).holdsCallee) return reached(path);
    const queue = [path];
    for (let index = 0; index < queue.length; index++) {
      for (const next of this.importTargets(queue[index] as string)) {
        if (cameFrom.has(next) || this.reaching.get(next) === false) continue;
        cameFrom.set(next, queue[index]);
        if (this.reaching.get(next) === true || this.textOf(next).holdsCallee) return reached(next);
        queue.push(next);
      }
    }
    for (const visited of cameFrom.keys()) this.reaching.set(visited, false);
    return false;
  }

  /** The project files `path` imports, re-exports or requires. */
  importsOf(path: string): readonly string[] {
    return [...this.importTargets(path)];
  }

  /** The project files `path` imports, resolved as they are asked for. */
  private *importTargets(path: string): Generator<string> {
    const text = this.textOf(path);
    if (text.imports) {
      yield* text.imports;
      return;
    }
    const imports = new Set<string>();
    for (const specifier of text.specifiers) {
      const target = this.resolve(path, specifier);
      if (target === undefined || imports.has(target)) continue;
      imports.add(target);
      yield target;
    }
    text.imports = [...imports];
  }

  /**
   * Whether `path` uses a module it imports whole or by its default export, and which can lead to a
   * track call: a way for its functions to call a wrapper without spelling the wrapper's name.
   */
  usesUnnamedImportReachingCallee(path: string): boolean {
    let targets = this.unnamedImports.get(path);
    if (!targets) {
      targets = this.readUnnamedImports(path);
      this.unnamedImports.set(path, targets);
    }
    return targets.some((target) => this.reachesCallee(target));
  }

  /** The project modules `path` imports whole or by their default export, and uses as a value: a call of one spells none of its names. */
  private readUnnamedImports(path: string): string[] {
    const text = this.readText(path);
    const targets = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const local = unnamedBinding(text, match);
      if (local === undefined || !usedAsValue(text, local)) continue;
      const target = this.resolve(path, match[2] as string);
      if (target !== undefined) targets.add(target);
    }
    return [...targets];
  }

  private readText(path: string): string {
    return this.heldText(path) ?? readFromDisk(path);
  }

  /** Whether a module read so far changed on disk since. */
  changed(): boolean {
    const { stamp } = this;
    if (!stamp) return false;
    for (const [path, text] of this.texts) if (stamp(path) !== text.stamp) return true;
    return false;
  }

  private textOf(path: string): ModuleText {
    let known = this.texts.get(path);
    if (known) return known;
    const stamp = this.stamp?.(path) ?? '';
    const text = this.readText(path);
    const specifiers = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) specifiers.add(match[2] as string);
    known = { stamp, holdsCallee: this.holdsCallee(text), specifiers: [...specifiers] };
    this.texts.set(path, known);
    return known;
  }
}
