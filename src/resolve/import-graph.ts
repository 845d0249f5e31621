import { readFileSync } from 'node:fs';

/**
 * `from '…'`, `import '…'`, `import('…')`, `require('…')`: every specifier the resolver may follow
 * (and a few it never does, such as one in a string), with comments allowed before the quote.
 */
const SPECIFIER = /(?:(?<![\w$.])(?:from|import\s*\(?)|(?<![\w$.])require\s*\()\s*(?:\/\*[^]{0,256}?\*\/\s*|\/\/[^\n\r]{0,256}[\n\r]\s*)*(['"])([^'"\n\r]{1,1024})\1/g;

const KEYWORD = /(?<![\w$.])(?:import|export)(?![\w$])/g;

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
  const keyword = [...before.matchAll(KEYWORD)].pop();
  if (keyword === undefined) return '*';
  const clause = before.slice((keyword.index ?? 0) + keyword[0].length);
  if (NAMED_CLAUSE.test(clause) && !/\bdefault\b/.test(clause)) return undefined;
  return (keyword[0] === 'import' ? DEFAULT_CLAUSE.exec(clause)?.[1] : undefined) ?? '*';
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

/** What a module's text says, read once: whether it can hold a track call, which project files it imports. */
interface ModuleText {
  stamp: string;
  holdsCallee: boolean;
  imports: string[];
  /** The project modules it imports whole or by their default export, and uses as a value: a call of one spells none of its names. */
  unnamedImports: string[];
}

/**
 * The project's imports as read from the text, without parsing: a wrapper can only be defined in a
 * module that holds a track call or imports, at any distance, one that does. So a binding imported
 * from a module whose imports never lead to such a text cannot be a wrapper, whatever it is.
 */
export class ImportGraph {
  private readonly texts = new Map<string, ModuleText>();
  private readonly reaching = new Map<string, boolean>();

  constructor(
    /** The project file an import names, as the module loader resolves it; undefined for a package's or one not found. */
    readonly resolve: (from: string, specifier: string) => string | undefined,
    private readonly holdsCallee: (text: string) => boolean,
    /** How an editor tells that a module read changed; a one-shot scan needs none. */
    private readonly stamp?: (path: string) => string,
  ) {}

  /** Whether the project module `specifier` names from `from` can lead to a track call; false for one not found. */
  reachesCalleeFrom(from: string, specifier: string): boolean {
    const target = this.resolve(from, specifier);
    return target !== undefined && this.reachesCallee(target);
  }

  /** Whether `path` or a module it imports, directly or not, can hold a track call. */
  reachesCallee(path: string): boolean {
    const known = this.reaching.get(path);
    if (known !== undefined) return known;
    const cameFrom = new Map<string, string | undefined>([[path, undefined]]);
    const queue = [path];
    for (let index = 0; index < queue.length; index++) {
      const current = queue[index] as string;
      if (this.reaching.get(current) === true || this.textOf(current).holdsCallee) {
        for (let node: string | undefined = current; node !== undefined; node = cameFrom.get(node)) this.reaching.set(node, true);
        return true;
      }
      for (const next of this.textOf(current).imports) {
        if (cameFrom.has(next) || this.reaching.get(next) === false) continue;
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
    for (const visited of cameFrom.keys()) this.reaching.set(visited, false);
    return false;
  }

  /**
   * Whether `path` uses a module it imports whole or by its default export, and which can lead to a
   * track call: a way for its functions to call a wrapper without spelling the wrapper's name.
   */
  usesUnnamedImportReachingCallee(path: string): boolean {
    return this.textOf(path).unnamedImports.some((target) => this.reachesCallee(target));
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
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // A module that cannot be read cannot be parsed by the loader either.
    }
    const imports = new Set<string>();
    const unnamedImports = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const target = this.resolve(path, match[2] as string);
      if (target === undefined) continue;
      imports.add(target);
      const local = unnamedBinding(text, match);
      if (local !== undefined && usedAsValue(text, local)) unnamedImports.add(target);
    }
    known = { stamp, holdsCallee: this.holdsCallee(text), imports: [...imports], unnamedImports: [...unnamedImports] };
    this.texts.set(path, known);
    return known;
  }
}
