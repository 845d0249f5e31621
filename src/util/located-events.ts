import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import type { SourceLocation } from '../report/types.js';
import { LineCounter } from 'yaml';
import type { DocumentPath, LocatedDocument } from './located-document.js';

/** A mapping (its keys and values in turn) or a sequence of what the events hold; a scalar as its event. */
type EventNode = Collection | { kind: 'scalar'; event: ScalarEvent };
interface Collection {
  kind: 'collection';
  mapping: boolean;
  children: EventNode[];
}

/** The tree of a document's events; undefined when it has an anchor, an alias or a tag, or is not one document. */
function eventTree(events: readonly Event[]): EventNode | undefined {
  const stream: Collection = { kind: 'collection', mapping: false, children: [] };
  const open: Collection[] = [stream];
  for (const event of events) {
    const parent = open[open.length - 1];
    if (!parent) return undefined;
    if (event.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (event.type === EVENT_ID.ALIAS || (event.type !== EVENT_ID.DOCUMENT && (event.anchorStart !== -1 || event.tagStart !== -1))) return undefined;
    if (event.type === EVENT_ID.SCALAR) {
      parent.children.push({ kind: 'scalar', event });
      continue;
    }
    const collection: Collection = { kind: 'collection', mapping: event.type === EVENT_ID.MAPPING, children: [] };
    parent.children.push(collection);
    open.push(collection);
  }
  const [document, ...more] = stream.children;
  return document?.kind === 'collection' && more.length === 0 && open.length === 1 ? document.children[0] : undefined;
}

/** The key and the value a path leads to, when every step of it is found. */
function nodeAt(root: EventNode, path: DocumentPath, source: string): { key?: ScalarEvent; node: EventNode } | undefined {
  let node = root;
  let key: ScalarEvent | undefined;
  for (const segment of path) {
    if (node.kind !== 'collection') return undefined;
    if (node.mapping) {
      const index = node.children.findIndex((child, at) => at % 2 === 0 && child.kind === 'scalar' && getScalarValue(source, child.event) === String(segment));
      const keyNode = node.children[index];
      const value = node.children[index + 1];
      if (index < 0 || keyNode?.kind !== 'scalar' || !value) return undefined;
      key = keyNode.event;
      node = value;
    } else {
      const item = /^\d+$/.test(String(segment)) ? node.children[Number(segment)] : undefined;
      if (!item) return undefined;
      key = undefined;
      node = item;
    }
  }
  return { key, node };
}

/** Lines as the yaml package counts them: a line ends at \\n. */
function lineCounter(source: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) counter.addNewLine(at + 1);
  return counter;
}

/** A scalar's span as the yaml package gives it: a quoted one with its quotes; undefined for an empty or block one. */
function scalarSpan(event: ScalarEvent): [number, number] | undefined {
  if (event.valueStart < 0) return undefined;
  if (event.style === SCALAR_STYLE.PLAIN) return [event.valueStart, event.valueEnd];
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return [event.valueStart - 1, event.valueEnd + 1];
  return undefined;
}

/**
 * A YAML document read from js-yaml's events, which place its scalars; what they do not place is
 * asked of `otherwise`. Undefined when js-yaml cannot load it, or it uses anchors, aliases or tags:
 * the yaml package reads those, with its messages and its limits.
 */
export function locatedEvents(source: string, file: string, otherwise: LocatedDocument['locate']): LocatedDocument | undefined {
  let events: Event[];
  let value: unknown;
  try {
    events = parseEvents(source, {});
    [value] = constructFromEvents(events, { source });
  } catch {
    return undefined;
  }
  const root = eventTree(events);
  if (!root) return undefined;
  let lines: LineCounter | undefined;
  const locate = (path: DocumentPath, part: 'key' | 'value' = 'value'): SourceLocation => {
    const found = nodeAt(root, path, source);
    const target = part === 'key' && found?.key ? found.key : found?.node.kind === 'scalar' ? found.node.event : undefined;
    const span = target && scalarSpan(target);
    if (!span) return otherwise(path, part);
    lines ??= lineCounter(source);
    const from = lines.linePos(span[0]);
    const to = lines.linePos(span[1]);
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  return { file, value, locate };
}
