import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, visit, type Document, type Node } from 'yaml';
import { locatedEvents } from './located-events.js';
import { UserError } from '../errors.js';
import type { SourceLocation } from '../report/types.js';

export type DocumentPath = readonly (string | number)[];

/** A parsed data file (YAML, JSON, CSV, …) that can say where each value or key stands. */
export interface LocatedDocument {
  file: string;
  value: unknown;
  locate(path: DocumentPath, part?: 'key' | 'value'): SourceLocation;
}

/**
 * Parses YAML (and so JSON) keeping node positions; syntax errors and duplicate keys are UserErrors.
 * A plain document is read from js-yaml's event stream, a fifth of the time the yaml package takes
 * (a tenth of a run with a large plan); the yaml package reads the rest, says what is wrong with a
 * document that does not load, and places what the events do not (collections, block scalars).
 */
export function parseLocatedYaml(text: string, file: string): LocatedDocument {
  let full: LocatedDocument | undefined;
  const yamlDocument = (): LocatedDocument => (full ??= parseWithYamlPackage(text, file));
  return locatedEvents(withoutBom(text), file, (path, part) => yamlDocument().locate(path, part)) ?? yamlDocument();
}

/** parseLocatedYaml by the yaml package alone. */
export function parseWithYamlPackage(text: string, file: string): LocatedDocument {
  const lineCounter = new LineCounter();
  return locatedDocument(parseDocument(withoutBom(text), YAML_OPTIONS(lineCounter)), lineCounter, file);
}

/**
 * Every document of a multi-document YAML stream (RudderStack keeps several resources in one
 * file), each located and checked as parseLocatedYaml does for one.
 */
export function parseLocatedYamlDocuments(text: string, file: string): LocatedDocument[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(withoutBom(text), YAML_OPTIONS(lineCounter));
  return Array.isArray(documents) ? documents.map((document) => locatedDocument(document, lineCounter, file)) : [];
}

const YAML_OPTIONS = (lineCounter: LineCounter) => ({ lineCounter, uniqueKeys: true, prettyErrors: false, strict: true }) as const;

/** A byte order mark becomes a space, so that columns stay those an editor shows. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

function locatedDocument(document: Document.Parsed, lineCounter: LineCounter, file: string): LocatedDocument {
  const at = (offset: number): { line: number; col: number } => lineCounter.linePos(offset);
  const first = document.errors[0];
  if (first) {
    const { line, col: column } = at(first.pos[0]);
    const message = first.message.split('\n')[0] ?? first.message;
    throw new UserError(describeYamlError(first.code, message), {
      location: { file, line, column },
      hint: 'Fix the YAML syntax at that position.',
    });
  }
  const spanOf = (start: number, end: number): SourceLocation => {
    const from = at(start);
    const to = at(end);
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  const locate = (path: DocumentPath, part: 'key' | 'value' = 'value'): SourceLocation => {
    const { node, key } = nodeAt(document.contents, path);
    const target = part === 'key' && key ? key : node;
    const range = target?.range ?? [0, 0, 0];
    return spanOf(range[0], range[1]);
  };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // yaml resolves aliases only here: an alias without its anchor, or one that multiplies without end.
    const message = (error as Error).message;
    const alias = firstAlias(document, /alias\b.*: (\S+)$/.exec(message)?.[1]);
    const place = spanOf(alias?.range?.[0] ?? 0, alias?.range?.[1] ?? 0);
    throw new UserError(message.split('\n')[0] ?? 'invalid alias', {
      location: { file, line: place.line, column: place.column },
      hint: 'Define each anchor (&name) before its aliases (*name), or write the values out.',
    });
  }
  return { file, value, locate };
}

function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key (and each event) may appear once';
  if (code === 'TAB_AS_INDENT') return 'tabs are not allowed for indentation in YAML; use spaces';
  return message.replace(/ at line \d+, column \d+:?$/, '');
}

/** The alias named in yaml's error, or the first alias: where an alias problem is shown. */
function firstAlias(document: Document.Parsed, name: string | undefined): Node | undefined {
  let found: Node | undefined;
  visit(document, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** The node at a path of keys and list positions, and the key node that names it; as deep as the path goes. */
function nodeAt(root: Node | null, path: DocumentPath): { node: Node | null; key: Node | null } {
  let node = root;
  let key: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      key = isScalar(pair.key) ? pair.key : null;
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      key = null;
      node = item;
    } else {
      break;
    }
  }
  return { node, key };
}
