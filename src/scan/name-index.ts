import { plainText } from './read-source.js';
import { wordPattern } from './prefilter.js';

/**
 * The files in sight that contain a name: each name is searched for once in every file's bytes,
 * however many times the wrapper rounds, the holder closure and its budget ask for it.
 */
export class NameIndex {
  private readonly containing = new Map<string, readonly string[]>();
  private readonly patterns = new Map<string, RegExp>();

  constructor(
    private readonly files: () => Iterable<string>,
    /** A file's text, or its bytes while it is not parsed; undefined for one that cannot be read or parsed. */
    private readonly contentOf: (file: string) => string | Buffer | undefined,
  ) {}

  /** The files whose text contains `name`, as a word or inside one. */
  filesContaining(name: string): readonly string[] {
    let files = this.containing.get(name);
    if (!files) {
      const needle = Buffer.from(name);
      const found: string[] = [];
      for (const file of this.files()) {
        const content = this.contentOf(file);
        if (typeof content === 'string' ? content.includes(name) : content?.includes(needle)) found.push(file);
      }
      this.containing.set(name, (files = found));
    }
    return files;
  }

  /** The files (of `among`, when given) whose text spells one of `names` as a whole identifier. */
  filesSpelling(names: readonly string[], among?: ReadonlySet<string>): string[] {
    const key = names.join(' ');
    let pattern = this.patterns.get(key);
    if (!pattern) this.patterns.set(key, (pattern = wordPattern(names)));
    const candidates = new Set(names.flatMap((name) => this.filesContaining(name)).filter((file) => !among || among.has(file)));
    return [...candidates].filter((file) => {
      const content = this.contentOf(file);
      return content !== undefined && (pattern as RegExp).test(plainText(content));
    });
  }

  /** Searches the changed files again for every name searched so far (watch mode). */
  update(changed: readonly string[]): void {
    const files = new Set(changed);
    for (const [name, found] of this.containing) {
      const needle = Buffer.from(name);
      const kept = found.filter((file) => !files.has(file));
      for (const file of changed) {
        const content = this.contentOf(file);
        if (typeof content === 'string' ? content.includes(name) : content?.includes(needle)) kept.push(file);
      }
      this.containing.set(name, kept);
    }
  }
}
