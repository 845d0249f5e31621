import { UserError } from '../../errors.js';
import { closest } from '../../util/suggest.js';
import type { EnumValue, PropertyType } from '../types.js';
import type { Cell } from './csv-table.js';

export interface ParsedType {
  types: PropertyType[];
  /** The cell named a format the plan does not check (a date-time). */
  unchecked?: boolean;
  /** Amplitude's "enum" and "const" value types: the values column says what is allowed. */
  valuesOnly?: boolean;
}

const TYPE_WORDS: Record<string, PropertyType | 'date-time' | 'values'> = {
  string: 'string',
  text: 'string',
  str: 'string',
  varchar: 'string',
  number: 'number',
  float: 'number',
  double: 'number',
  decimal: 'number',
  numeric: 'number',
  integer: 'integer',
  int: 'integer',
  long: 'integer',
  boolean: 'boolean',
  bool: 'boolean',
  object: 'object',
  map: 'object',
  dict: 'object',
  json: 'object',
  array: 'array',
  list: 'array',
  null: 'null',
  any: 'any',
  mixed: 'any',
  datetime: 'date-time',
  date: 'date-time',
  timestamp: 'date-time',
  enum: 'values',
  const: 'values',
};

function fail(cell: Cell, message: string, hint?: string): never {
  const { file, line, column } = cell.location;
  throw new UserError(message, { location: { file, line, column }, ...(hint ? { hint } : {}) });
}

export function parseTypes(cell: Cell): ParsedType {
  const parsed: ParsedType = { types: [] };
  const words = cell.text
    .split(/\s*(?:[|,/;]|\bor\b)\s*/i)
    .map((word) => word.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((word) => word !== '');
  for (const word of words) {
    const meaning = TYPE_WORDS[word];
    if (meaning === undefined) {
      const suggestion = closest(word, Object.keys(TYPE_WORDS));
      fail(cell, `unknown property type ${JSON.stringify(cell.text)}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`, 'Use string, number, integer, boolean, object, array, null or any.');
    }
    if (meaning === 'values') parsed.valuesOnly = true;
    else if (meaning === 'date-time') {
      parsed.types.push('string');
      parsed.unchecked = true;
    } else parsed.types.push(meaning);
  }
  parsed.types = [...new Set(parsed.types)];
  return parsed;
}

const YES = /^(true|yes|y|x|1|required|req|✓|✔)$/i;
const NO = /^(false|no|n|0|optional|opt|-)?$/i;

export function parseFlag(cell: Cell): boolean {
  if (YES.test(cell.text)) return true;
  if (NO.test(cell.text)) return false;
  return fail(cell, `${JSON.stringify(cell.text)} is neither yes nor no`, 'Write true/false, yes/no, or required/optional.');
}

/** Spreadsheet cells list values one per line, or separated by commas, or (Segment's regex) by pipes. */
export function splitList(text: string): string[] {
  const separator = /[\r\n]/.test(text) ? /\s*[\r\n]+\s*/ : text.includes(',') ? /\s*,\s*/ : /\s*\|\s*/;
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function parseEnum(cell: Cell, types: readonly PropertyType[], texts: readonly string[] = splitList(cell.text)): EnumValue[] {
  const numeric = types.length > 0 && types.every((type) => type === 'number' || type === 'integer' || type === 'null');
  const boolean = types.length > 0 && types.every((type) => type === 'boolean' || type === 'null');
  return texts.map((text): EnumValue => {
    if (text === 'null' && types.includes('null')) return null;
    if (numeric) {
      const value = Number(text);
      if (Number.isNaN(value)) fail(cell, `the allowed value ${JSON.stringify(text)} is not a number`);
      return value;
    }
    if (boolean) {
      if (text.toLowerCase() === 'true') return true;
      if (text.toLowerCase() === 'false') return false;
      fail(cell, `the allowed value ${JSON.stringify(text)} is not true or false`);
    }
    return text;
  });
}

export type Status = 'deprecated' | 'required' | 'optional' | 'active';

const STATUSES: Record<string, Status> = {
  deprecated: 'deprecated',
  inactive: 'deprecated',
  archived: 'deprecated',
  blocked: 'deprecated',
  removed: 'deprecated',
  deleted: 'deprecated',
  required: 'required',
  optional: 'optional',
  active: 'active',
  live: 'active',
  planned: 'active',
  implemented: 'active',
  new: 'active',
  draft: 'active',
  approved: 'active',
  inprogress: 'active',
  todo: 'active',
};

export function parseStatus(text: string): Status | undefined {
  return STATUSES[text.toLowerCase().replace(/[^a-z]/g, '')];
}
