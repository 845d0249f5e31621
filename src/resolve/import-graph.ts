import { readFileSync } from 'node:fs';

/**
 * `from '…'`, `import '…'`, `import('…')`, `require('…')`: every specifier the resolver may follow
 * (and a few it never does, such as one in a string), with comments allowed before the quote.
 */
const SPECIFIER = /(?:(?<![\w$.])(?:from|import\s*\(?)|(?<![\w$.])require\s*\()\s*(?:\/\*[^]{0,256}?\*\/\s*|\/\/[^\n\r]{0,256}[\n\r]\s*)*(['"])([^'"\n\r]{1,1024})\1/g;

/** What a module's text says, read once: whether it can hold a track call, which project files it imports. */
interface ModuleText {
  stamp: string;
  holdsCallee: boolean;
  imports: string[];
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
    for (const match of text.matchAll(SPECIFIER)) {
      const target = this.resolve(path, match[2] as string);
      if (target !== undefined) imports.add(target);
    }
    known = { stamp, holdsCallee: this.holdsCallee(text), imports: [...imports] };
    this.texts.set(path, known);
    return known;
  }
}
