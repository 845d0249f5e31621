import { wordsOf } from './conventions.js';

export type NameValue = { kind: 'placeholder' | 'date' | 'id' | 'number' | 'index'; text: string };

const PLACEHOLDER = /\$\{[^}]*\}|\{\{[^}]*\}\}|%[sdif]|\{\d*\}|<[^<>]+>/;
const DATE = /\b(?:19|20)\d{2}(?:[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?)?\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}\b/;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const HEX_ID = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/i;
const LONG_NUMBER = /\d{4,}|#\d+/;
const INDEX = /\[\d*\]/;

/** A value written into a name or key: a template placeholder, a date, an id, a number. */
export function valueIn(name: string): NameValue | undefined {
  const placeholder = PLACEHOLDER.exec(name);
  if (placeholder) return { kind: 'placeholder', text: placeholder[0] };
  const date = DATE.exec(name);
  if (date) return { kind: 'date', text: date[0] };
  const id = UUID.exec(name) ?? HEX_ID.exec(name) ?? LONG_NUMBER.exec(name);
  if (id) return { kind: 'id', text: id[0] };
  const index = INDEX.exec(name);
  if (index) return { kind: 'index', text: index[0] };
  const number = wordsOf(name).find((word) => /^\$?\d+(?:[.,]\d+)?%?$/.test(word));
  if (number) return { kind: 'number', text: number };
  return undefined;
}

/** A property key that holds a value rather than naming one: a number alone (`line_2`) is a fine key. */
export function dynamicKeyValue(key: string): NameValue | undefined {
  const value = valueIn(key);
  return value && value.kind !== 'number' ? value : undefined;
}
