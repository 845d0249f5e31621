import type { CalleeRules, CalleeSpec } from '../extract/callees.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function word(name: string): string {
  return `(?<![\\w$])${escape(name)}(?![\\w$])`;
}

/** White space and comments between two tokens; comments are bounded so that a text full of unclosed ones cannot make the search quadratic. */
const GAP = '(?:\\s|/\\*[^]{0,256}?\\*/|//[^\\n\\r]{0,256}[\\n\\r])*';

/** `.name`, `?.name`, `. /* … *\/ name` or `['name']`: the ways a member access can spell `name`. */
function member(name: string): string {
  const key = escape(name);
  return `\\.${GAP}${key}(?![\\w$])|\\[\\s*(?:'${key}'|"${key}"|\`${key}\`)\\s*\\]`;
}

/** `name(`, `name?.(`, `name<T>(`: a bare call, as of a destructured, hook-returned or re-exported `track`. */
function call(name: string): string {
  return `(?<![\\w$])${escape(name)}${GAP}(?:\\?\\.${GAP})?(?:<[^()]{0,200}?>${GAP})?\\(`;
}

/**
 * What a file must contain for `spec` to match one of its calls: the imported module's name for an
 * imported callee (the binding can be renamed), the bare name for a named callee, and for `*.track`
 * or `posthog.capture` a member access or a bare call of the last name. Asking for a member access
 * or a call rather than the word leaves out comments, type fields, strings and paths that mention
 * `track`: about a fifth fewer bytes parsed.
 */
function calleePattern(spec: CalleeSpec): string {
  if (spec.import !== undefined) return word(spec.import);
  const last = lastName(spec);
  return spec.name.includes('.') ? `${member(last)}|${call(last)}` : word(last);
}

/** The name every spelling of a call of `spec` contains, whatever surrounds it. */
function lastName(spec: CalleeSpec): string {
  if (spec.import !== undefined) return spec.import;
  return spec.name.slice(spec.name.lastIndexOf('.') + 1);
}

/** A method a file must spell together with one of the names of its holder (see WrapperNames.method). */
export interface MethodCallers {
  method: string;
  holders: readonly string[];
}

/** Any of `names`, as a whole identifier. */
export function wordPattern(names: readonly string[]): RegExp {
  return new RegExp([...names].sort().map(word).join('|'));
}

/**
 * A cheap test of a file: can it hold a call of any configured callee or known wrapper? Most files
 * of a tree fail the first step, a search of their bytes for the names themselves, and so are never
 * decoded; the pattern then asks for a call or a member access.
 */
export class Prefilter {
  private readonly names: string[];
  private readonly pattern: RegExp;
  private readonly methods: { method: RegExp; holders: RegExp }[];

  constructor(rules: CalleeRules, extraNames: readonly string[] = [], methods: readonly MethodCallers[] = []) {
    const alternatives = new Set<string>(extraNames.map(word));
    for (const spec of rules.specs) alternatives.add(calleePattern(spec));
    this.names = [...new Set([...extraNames, ...rules.specs.map(lastName), ...methods.map(({ method }) => method)])];
    this.pattern = alternatives.size === 0 ? /(?!)/ : new RegExp([...alternatives].sort().map((alternative) => `(?:${alternative})`).join('|'));
    this.methods = [...methods]
      .sort((a, b) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0))
      .map(({ method, holders }) => ({ method: wordPattern([method]), holders: wordPattern(holders) }));
  }

  /** Tells prefilters apart: the same callees and names give the same key. */
  get key(): string {
    return [this.pattern.source, ...this.methods.map(({ method, holders }) => `${method.source}&${holders.source}`)].join('\n');
  }

  /** The names the first step of the test searches the bytes for: a file that contains none fails. */
  get searchedNames(): readonly string[] {
    return this.names;
  }

  mayMatch(bytes: Buffer): boolean {
    return this.names.some((name) => bytes.includes(name));
  }

  test(text: string): boolean {
    return this.pattern.test(text) || this.methods.some(({ method, holders }) => method.test(text) && holders.test(text));
  }
}
