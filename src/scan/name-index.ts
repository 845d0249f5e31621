import { plainText } from './read-source.js';
import { wordPattern } from './prefilter.js';

type Content = string | Buffer | undefined;

function contains(content: Content, name: string, needle: Buffer): boolean {
  return typeof content === 'string' ? content.includes(name) : content?.includes(needle) === true;
}

/**
 * The files in sight that contain a name: each name is searched for once in every file's bytes,
 * however many times the wrapper rounds, the holder closure and its budget ask for it.
 */
export class NameIndex {
  private readonly containing = new Map<string, readonly string[]>();
  private readonly patterns = new Map<string, RegExp>();

  constructor(
    private readonly files: () => ReadonlySet<string>,
    /** A file's text, or its bytes while it is not parsed; undefined for one that cannot be read or parsed. */
    private readonly contentOf: (file: string) => Content,
  ) {}

  /** The files whose text contains `name`, as a word or inside one. */
  filesContaining(name: string): readonly string[] {
    let files = this.containing.get(name);
    if (!files) {
      const needle = Buffer.from(name);
      files = [...this.files()].filter((file) => contains(this.contentOf(file), name, needle));
      this.containing.set(name, files);
    }
    return files;
  }

  /** The files (of `among`, when given) whose text spells one of `names` as a whole identifier. */
  filesSpelling(names: readonly string[], among?: ReadonlySet<string>): string[] {
    const pattern = this.patternOf(names);
    const candidates = new Set(names.flatMap((name) => this.filesContaining(name)).filter((file) => !among || among.has(file)));
    return [...candidates].filter((file) => {
      const content = this.contentOf(file);
      return content !== undefined && pattern.test(plainText(content));
    });
  }

  /** Searches the changed files again for every name searched so far (watch mode). */
  update(changed: readonly string[]): void {
    const files = new Set(changed);
    const inSight = this.files();
    for (const [name, found] of this.containing) {
      const needle = Buffer.from(name);
      const changedContaining = changed.filter((file) => inSight.has(file) && contains(this.contentOf(file), name, needle));
      this.containing.set(name, [...found.filter((file) => !files.has(file)), ...changedContaining]);
    }
  }

  private patternOf(names: readonly string[]): RegExp {
    const key = names.join(' ');
    let pattern = this.patterns.get(key);
    if (!pattern) {
      pattern = wordPattern(names);
      this.patterns.set(key, pattern);
    }
    return pattern;
  }
}
