import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importPlan, type ImportFormat, type ImportNotice, type ImportSource } from '../../src/plan/importers/index.js';
import { planFromDocument } from '../../src/plan/load.js';
import type { Plan, PlannedEvent, PropertySpec } from '../../src/plan/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function fixture(path: string): ImportSource {
  return { text: readFileSync(root + path, 'utf8'), displayPath: path };
}

export interface Spot {
  file: string;
  line: number;
  column: number;
}

/** Where `needle` starts on a 1-based line of a source (its nth occurrence there). */
export function spot(source: ImportSource, line: number, needle: string, occurrence = 1): Spot {
  const text = source.text.split(/\r\n|\r|\n/)[line - 1];
  if (text === undefined) throw new Error(`${source.displayPath} has no line ${line}`);
  let column = -1;
  for (let found = 0; found < occurrence; found++) {
    column = text.indexOf(needle, column + 1);
    if (column === -1) throw new Error(`${JSON.stringify(needle)} is not on line ${line} of ${source.displayPath}: ${text}`);
  }
  return { file: source.displayPath, line, column: column + 1 };
}

export type PropertyShape = Omit<PropertySpec, 'location' | 'properties' | 'items'> & {
  at: Spot;
  properties?: Record<string, PropertyShape>;
  items?: PropertyShape;
};

export type EventShape = Omit<PlannedEvent, 'location' | 'properties'> & { at: Spot; properties?: Record<string, PropertyShape> };

function propertyShape(spec: PropertySpec): PropertyShape {
  const { location, properties, items, ...rest } = spec;
  const shape: PropertyShape = { ...rest, at: { file: location.file, line: location.line, column: location.column } };
  if (properties) shape.properties = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, propertyShape(value)]));
  if (items) shape.items = propertyShape(items);
  return shape;
}

/** A plan's events as plain data with start positions: what the tests compare exactly. */
export function eventShapes(plan: Plan): EventShape[] {
  return plan.events.map(({ location, properties, ...rest }) => {
    const shape: EventShape = { ...rest, at: { file: location.file, line: location.line, column: location.column } };
    if (properties) shape.properties = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, propertyShape(value)]));
    return shape;
  });
}

export function commonShapes(plan: Plan): Record<string, PropertyShape> {
  return Object.fromEntries(Object.entries(plan.commonProperties).map(([key, value]) => [key, propertyShape(value)]));
}

/** Imports files and normalizes the result like `check --plan` does. */
export function importFixtures(paths: readonly string[], from?: ImportFormat): { plan: Plan; notices: ImportNotice[]; sources: ImportSource[] } {
  const sources = paths.map(fixture);
  const { document, unsupported } = importPlan(sources, from);
  return { plan: planFromDocument(document, sources.map((source) => source.text).join('\n')), notices: unsupported, sources };
}

/** A property spec shape with the defaults a plan gives. */
export function property(name: string, types: PropertySpec['types'], at: Spot, extra: Partial<PropertyShape> = {}): PropertyShape {
  return { name, types, required: false, at, ...extra };
}

export function notice(at: Spot, message: string): ImportNotice {
  return { ...at, message };
}

/** Runs a function that must throw a UserError, and returns what it says and where. */
export function userError(run: () => unknown): { message: string; file?: string; line?: number; column?: number } {
  try {
    run();
  } catch (error) {
    const { message, location, name } = error as { message: string; location?: Spot; name: string };
    if (name !== 'UserError') throw error;
    return { message, ...location };
  }
  throw new Error('expected a UserError');
}
