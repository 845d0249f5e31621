import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { DocumentPath, LocatedDocument } from '../util/located-document.js';
import { closest } from '../util/suggest.js';
import type { EnumValue, NamingConvention, Plan, PlannedEvent, PropertySpec, PropertyType, Question } from './types.js';

type TypeList = PropertyType | PropertyType[];

interface RawProperty {
  type?: TypeList;
  required?: boolean;
  description?: string;
  enum?: EnumValue[];
  properties?: Record<string, RawPropertyValue> | null;
  items?: RawPropertyValue;
}

type RawPropertyValue = TypeList | RawProperty;

interface RawEvent {
  description?: string;
  owner?: string | string[];
  where?: string | string[];
  properties?: Record<string, RawPropertyValue> | null;
  sources?: string[];
  deprecated?: boolean | string;
}

interface RawQuestion {
  question?: string;
  metrics?: string[];
  events?: string[];
}

export interface RawPlan {
  version: 1;
  conventions?: { event?: NamingConvention; property?: NamingConvention };
  source?: string;
  commonProperties?: Record<string, RawPropertyValue> | null;
  questions?: Record<string, RawQuestion | null>;
  events: Record<string, RawEvent | null>;
}

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function typesOf(raw: RawPropertyValue): PropertyType[] {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw;
  if (raw.type !== undefined) return typeof raw.type === 'string' ? [raw.type] : raw.type;
  if (raw.properties) return ['object'];
  if (raw.items !== undefined) return ['array'];
  return ['any'];
}

function normalizeProperty(document: LocatedDocument, name: string, raw: RawPropertyValue, path: DocumentPath): PropertySpec {
  const spec: PropertySpec = { name, types: typesOf(raw), required: false, location: document.locate(path, 'key') };
  if (typeof raw === 'string' || Array.isArray(raw)) return spec;
  spec.required = raw.required ?? false;
  if (raw.description !== undefined) spec.description = raw.description;
  if (raw.enum !== undefined) spec.enum = raw.enum;
  if (raw.properties) spec.properties = normalizeProperties(document, raw.properties, [...path, 'properties']);
  if (raw.items !== undefined) spec.items = normalizeProperty(document, 'items', raw.items, [...path, 'items']);
  return spec;
}

function normalizeProperties(
  document: LocatedDocument,
  raw: Record<string, RawPropertyValue> | null | undefined,
  path: DocumentPath,
): Record<string, PropertySpec> {
  // A null prototype keeps a property named "__proto__" a property.
  const properties: Record<string, PropertySpec> = Object.create(null) as Record<string, PropertySpec>;
  for (const [name, value] of Object.entries(raw ?? {})) {
    properties[name] = normalizeProperty(document, name, value, [...path, name]);
  }
  return properties;
}

function normalizeEvent(document: LocatedDocument, name: string, raw: RawEvent | null): PlannedEvent {
  const path = ['events', name];
  const event: PlannedEvent = {
    name,
    owners: toList(raw?.owner),
    where: toList(raw?.where),
    location: document.locate(path, 'key'),
  };
  if (raw?.description !== undefined) event.description = raw.description;
  if (raw && 'properties' in raw) event.properties = normalizeProperties(document, raw.properties, [...path, 'properties']);
  if (raw?.sources !== undefined) event.sources = raw.sources;
  if (raw?.deprecated !== undefined && raw.deprecated !== false) event.deprecated = raw.deprecated;
  return event;
}

function normalizeQuestions(document: LocatedDocument, raw: RawPlan, eventNames: ReadonlySet<string>): Question[] {
  return Object.entries(raw.questions ?? {}).map(([id, question]) => {
    const events = question?.events ?? [];
    events.forEach((eventName, index) => {
      if (eventNames.has(eventName)) return;
      const suggestion = closest(eventName, eventNames);
      const location = document.locate(['questions', id, 'events', index]);
      throw new UserError(
        `question "${id}" names the event ${JSON.stringify(eventName)}, which the plan does not declare${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`,
        { location: { file: location.file, line: location.line, column: location.column }, hint: 'Declare the event under "events", or fix its name.' },
      );
    });
    const normalized: Question = { id, metrics: question?.metrics ?? [], events, location: document.locate(['questions', id], 'key') };
    if (question?.question !== undefined) normalized.question = question.question;
    return normalized;
  });
}

function checkPatterns(document: LocatedDocument, raw: RawPlan): void {
  for (const key of ['event', 'property'] as const) {
    const convention = raw.conventions?.[key];
    if (typeof convention !== 'object') continue;
    try {
      new RegExp(convention.pattern, 'u');
    } catch (error) {
      const location = document.locate(['conventions', key, 'pattern']);
      throw new UserError(`conventions.${key}.pattern is not a valid regular expression: ${(error as Error).message}`, {
        location: { file: location.file, line: location.line, column: location.column },
      });
    }
  }
}

/** Turns a schema-valid plan document into the Plan model. */
export function normalizePlan(document: LocatedDocument, text: string): Plan {
  const raw = document.value as RawPlan;
  checkPatterns(document, raw);
  const events = Object.entries(raw.events).map(([name, event]) => normalizeEvent(document, name, event));
  const plan: Plan = {
    file: document.file,
    conventions: { ...raw.conventions },
    commonProperties: normalizeProperties(document, raw.commonProperties, ['commonProperties']),
    questions: normalizeQuestions(document, raw, new Set(events.map((event) => event.name))),
    events,
    hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
  };
  if (raw.source !== undefined) plan.source = raw.source;
  return plan;
}
