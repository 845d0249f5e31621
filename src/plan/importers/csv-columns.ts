import type { Cell } from './csv-table.js';

export const CSV_FIELDS = [
  'event',
  'callType',
  'objectType',
  'description',
  'propertyDescription',
  'property',
  'propertyKind',
  'type',
  'isArray',
  'isInteger',
  'required',
  'enum',
  'const',
  'owner',
  'status',
  'action',
  'sources',
  'propertyGroups',
] as const;

export type CsvField = (typeof CSV_FIELDS)[number];

export type ColumnMap = Partial<Record<CsvField, number>>;

/**
 * Header names each field is recognized by (compared lower-cased, without spaces, punctuation or
 * a parenthesized note), in order of preference. They cover hand-made spreadsheets, Segment
 * Protocols' download and Amplitude Data's export ("Object Name", "Event Property Name",
 * "Property Value Type", …).
 */
const ALIASES: Record<CsvField, readonly string[]> = {
  event: ['event', 'eventname', 'objectname', 'name', 'eventkey'],
  callType: ['eventtype', 'calltype', 'typeofcall', 'ruletype'],
  objectType: ['objecttype'],
  description: ['eventdescription', 'objectdescription', 'description', 'desc'],
  propertyDescription: ['propertydescription', 'propdescription'],
  property: ['property', 'propertyname', 'eventpropertyname', 'propertykey', 'prop', 'key', 'parameter', 'attribute'],
  propertyKind: [],
  type: ['propertyvaluetype', 'datatype', 'propertydatatype', 'propertytype', 'type', 'valuetype'],
  isArray: ['propertyisarray', 'isarray'],
  isInteger: ['numberisinteger', 'isinteger'],
  required: ['required', 'propertyrequired', 'isrequired', 'reqd', 'mandatory'],
  enum: ['allowedvalues', 'allowedpropertyvalues', 'enumvalues', 'enum', 'permittedvalues', 'possiblevalues', 'values'],
  const: ['constvalue', 'const'],
  owner: ['owner', 'owners', 'objectowner', 'eventowner', 'team'],
  status: ['status', 'eventstatus', 'eventactivity', 'activity', 'state'],
  action: ['action'],
  sources: ['eventsource', 'eventsources', 'sources', 'source', 'platforms', 'platform'],
  propertyGroups: ['propertygroupnames', 'propertygroups'],
};

export function normalizeHeader(text: string): string {
  return text
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Which column holds which field; a header cell no field claims is left out. */
export function mapColumns(header: readonly Cell[]): ColumnMap {
  const names = header.map((cell) => normalizeHeader(cell.text));
  const columns: ColumnMap = {};
  const claimed = new Set<number>();
  const claim = (field: CsvField, aliases: readonly string[]): void => {
    for (const alias of aliases) {
      const index = names.findIndex((name, position) => name === alias && !claimed.has(position));
      if (index === -1) continue;
      columns[field] = index;
      claimed.add(index);
      return;
    }
  };
  for (const field of CSV_FIELDS) claim(field, ALIASES[field]);
  // Segment's "Event Type" is the kind of call (Track, Identify…) when a name column exists; alone, it is the name.
  if (columns.event === undefined && columns.callType !== undefined) {
    columns.event = columns.callType;
    delete columns.callType;
  }
  // Amplitude's "Property Type" says "Event Property" or "Event Property Group" next to "Property Value Type".
  const kind = names.indexOf('propertytype');
  if (kind !== -1 && !claimed.has(kind)) {
    columns.propertyKind = kind;
    claimed.add(kind);
  }
  return columns;
}
