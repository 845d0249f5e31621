import { UserError } from '../../errors.js';
import type { SourceLocation } from '../../report/types.js';
import type { EventDocument, PropertyDocument } from '../document.js';
import type { PropertyType } from '../types.js';
import { mapColumns, normalizeHeader, type ColumnMap, type CsvField } from './csv-columns.js';
import { readCsvTable, type Cell, type CsvTable } from './csv-table.js';
import { parseEnum, parseFlag, parseStatus, parseTypes, splitList } from './csv-values.js';
import { notice, type ImportContext, type ImportSource } from './types.js';

interface GroupProperty {
  property: PropertyDocument;
  at: SourceLocation;
}

type Target =
  | { kind: 'event'; name: string; event: EventDocument }
  | { kind: 'group'; properties: Map<string, GroupProperty> }
  | { kind: 'skipped' };

interface Row {
  get(field: CsvField): Cell | undefined;
}

const SKIPPED_ACTIONS = new Set(['ignore', 'remove']);

function rowOf(cells: Cell[], columns: ColumnMap): Row {
  return {
    get(field) {
      const index = columns[field];
      const cell = index === undefined ? undefined : cells[index];
      return cell && cell.text !== '' ? cell : undefined;
    },
  };
}

function listOrOne(values: string[]): string | string[] {
  return values.length === 1 && values[0] !== undefined ? values[0] : values;
}

function noticeUnusedColumns(table: CsvTable, columns: ColumnMap, context: ImportContext): void {
  const used = new Set(Object.values(columns));
  table.header.forEach((cell, index) => {
    if (used.has(index) || !table.rows.some((row) => (row[index]?.text ?? '') !== '')) return;
    notice(context, cell.location, `column ${JSON.stringify(cell.text)} is not imported: the plan has no place for it`);
  });
}

class CsvImport {
  private target: Target | undefined;
  private readonly groups = new Map<string, Map<string, GroupProperty>>();
  private readonly groupUses: { event: string; cell: Cell }[] = [];

  constructor(private readonly context: ImportContext) {}

  row(row: Row): void {
    const eventCell = row.get('event');
    const callType = row.get('callType');
    if (!eventCell && callType && callType.text.toLowerCase() !== 'track') {
      this.skip(callType, `the ${callType.text} row is not imported: trackplan checks track calls`);
      return;
    }
    const introduced = eventCell ? this.start(row, eventCell) : false;
    const propertyCell = row.get('property');
    if (!propertyCell) return;
    if (!this.target) {
      const { file, line, column } = propertyCell.location;
      throw new UserError(`the property ${JSON.stringify(propertyCell.text)} comes before any event`, {
        location: { file, line, column },
        hint: 'Put the event on the first row of its properties (or on every row).',
      });
    }
    this.addProperty(row, propertyCell, introduced);
  }

  /** Starts (or continues) the event or property group a row names; true when the row introduces an event. */
  private start(row: Row, nameCell: Cell): boolean {
    const name = nameCell.text;
    const action = row.get('action');
    const callType = row.get('callType');
    const objectType = normalizeHeader(row.get('objectType')?.text ?? 'event');
    if (action && SKIPPED_ACTIONS.has(action.text.toLowerCase())) {
      this.skip(nameCell, `${JSON.stringify(name)} is marked ${JSON.stringify(action.text)} and is not imported`);
      return false;
    }
    if (callType && callType.text.toLowerCase() !== 'track') {
      this.skip(nameCell, `the ${callType.text} call ${JSON.stringify(name)} is not imported: trackplan checks track calls`);
      return false;
    }
    if (objectType === 'propertygroup') {
      const properties = this.groups.get(name) ?? new Map<string, GroupProperty>();
      this.groups.set(name, properties);
      this.target = { kind: 'group', properties };
      return false;
    }
    if (objectType !== 'event') {
      this.skip(nameCell, `the ${row.get('objectType')?.text ?? ''} ${JSON.stringify(name)} is not imported: only events are`);
      return false;
    }
    const { draft } = this.context;
    const introduced = !draft.hasEvent(name);
    if (introduced) draft.addEvent(name, {}, nameCell.location);
    const event = draft.value.events[name] ?? {};
    this.target = { kind: 'event', name, event };
    this.describeEvent(row, event, introduced);
    const groups = row.get('propertyGroups');
    if (groups) this.groupUses.push({ event: name, cell: groups });
    return introduced;
  }

  private skip(at: Cell, message: string): void {
    notice(this.context, at.location, message);
    this.target = { kind: 'skipped' };
  }

  private describeEvent(row: Row, event: EventDocument, introduced: boolean): void {
    const description = row.get('description');
    const propertyOnRow = row.get('property') !== undefined;
    if (description && event.description === undefined && (introduced || !propertyOnRow)) event.description = description.text;
    const owner = row.get('owner');
    if (owner && event.owner === undefined) event.owner = listOrOne(splitList(owner.text));
    const sources = row.get('sources');
    if (sources) event.sources = [...new Set([...(event.sources ?? []), ...splitList(sources.text)])];
    const status = row.get('status');
    if (!status) return;
    const meaning = parseStatus(status.text);
    if (meaning === 'deprecated') event.deprecated = true;
    else if (meaning === undefined) notice(this.context, status.location, `the status ${JSON.stringify(status.text)} is not understood: the event is imported as active`);
  }

  private addProperty(row: Row, nameCell: Cell, introduced: boolean): void {
    const target = this.target;
    if (!target || target.kind === 'skipped') return;
    const name = nameCell.text;
    const known = target.kind === 'event' ? Object.hasOwn(target.event.properties ?? {}, name) : target.properties.has(name);
    if (known) {
      notice(this.context, nameCell.location, `the property ${JSON.stringify(name)} is listed twice for the same event: the first row is kept`);
      return;
    }
    const property = this.property(row, introduced);
    if (target.kind === 'group') {
      target.properties.set(name, { property, at: nameCell.location });
      return;
    }
    target.event.properties = { ...target.event.properties, [name]: property };
    this.context.draft.mark(['events', target.name, 'properties', name], nameCell.location);
  }

  private property(row: Row, introduced: boolean): PropertyDocument {
    const property: PropertyDocument = {};
    const typeCell = row.get('type');
    const parsed = typeCell ? parseTypes(typeCell) : { types: [] };
    if (typeCell && parsed.unchecked) notice(this.context, typeCell.location, `${JSON.stringify(typeCell.text)} is imported as a string: its format is not checked`);
    let types: PropertyType[] = parsed.types;
    const isInteger = row.get('isInteger');
    if (isInteger && parseFlag(isInteger)) types = types.length === 0 ? ['integer'] : types.map((type) => (type === 'number' ? 'integer' : type));
    const values = this.allowedValues(row, types);
    const isArray = row.get('isArray');
    if (isArray && parseFlag(isArray)) {
      property.type = 'array';
      const items: PropertyDocument = {};
      if (types.length > 0) items.type = types.length === 1 && types[0] ? types[0] : types;
      if (values) items.enum = values;
      property.items = items;
    } else {
      if (types.length > 0) property.type = types.length === 1 && types[0] ? types[0] : types;
      if (values) property.enum = values;
    }
    const required = row.get('required');
    const status = row.get('status');
    const statusMeaning = status ? parseStatus(status.text) : undefined;
    if ((required && parseFlag(required)) || (!required && statusMeaning === 'required')) property.required = true;
    if (status && statusMeaning === 'deprecated' && !row.get('event')) {
      notice(this.context, status.location, 'a deprecated property is imported as planned: the plan marks whole events as deprecated');
    }
    const description = row.get('propertyDescription') ?? (introduced ? undefined : row.get('description'));
    if (description) property.description = description.text;
    return property;
  }

  private allowedValues(row: Row, types: PropertyType[]): PropertyDocument['enum'] {
    const enumCell = row.get('enum');
    const constCell = row.get('const');
    if (enumCell) return parseEnum(enumCell, types);
    if (constCell) return parseEnum(constCell, types, [constCell.text]);
    return undefined;
  }

  /** Amplitude's events name their property groups; each group's properties join the event's own. */
  finish(): void {
    const { draft } = this.context;
    for (const use of this.groupUses) {
      const event = draft.value.events[use.event];
      if (!event) continue;
      for (const groupName of splitList(use.cell.text)) {
        const group = this.groups.get(groupName);
        if (!group) {
          notice(this.context, use.cell.location, `the property group ${JSON.stringify(groupName)} is not defined in this file: its properties are not imported`);
          continue;
        }
        for (const [name, { property, at }] of group) {
          if (Object.hasOwn(event.properties ?? {}, name)) continue;
          event.properties = { ...event.properties, [name]: property };
          draft.mark(['events', use.event, 'properties', name], at);
        }
      }
    }
  }
}

/** A spreadsheet CSV (one row per event, or per event × property), Segment's download or Amplitude's export. */
export function importCsv(source: ImportSource, context: ImportContext): void {
  const table = readCsvTable(source.text, source.displayPath);
  const columns = mapColumns(table.header);
  if (columns.event === undefined) {
    const first = table.header[0];
    throw new UserError('the CSV has no event column', {
      location: { file: source.displayPath, line: first?.location.line ?? 1, column: first?.location.column ?? 1 },
      hint: 'Name the column of event names "Event", "Event Name" or "Name" in the header row.',
    });
  }
  noticeUnusedColumns(table, columns, context);
  const csv = new CsvImport(context);
  for (const cells of table.rows) csv.row(rowOf(cells, columns));
  csv.finish();
}
