import { UserError } from '../../errors.js';
import { parseLocatedYaml, type DocumentPath, type LocatedDocument } from '../../util/located-document.js';
import type { EventDocument } from '../document.js';
import { isObject, stringOf, type JsonObject } from '../../util/guards.js';
import { eventPropertiesSchema, propertiesFromSchema, type SchemaSource } from './json-schema-property.js';
import { notice, type ImportContext, type ImportSource } from './types.js';

interface Rule {
  name: string;
  namePath: DocumentPath;
  version: number;
  schema: JsonObject;
  schemaPath: DocumentPath;
  description?: string;
  deprecated: boolean;
}

/** Go's zero time, which Segment's Public API sends as `deprecatedAt` of a rule that is not deprecated. */
const NEVER = '0001-01-01';

function fail(document: LocatedDocument, path: DocumentPath, message: string): never {
  const { file, line, column } = document.locate(path);
  throw new UserError(message, {
    location: { file, line, column },
    hint: 'Expected a Segment Protocols tracking plan: Public API `rules[]`, Config API `rules.events[]`, or Typewriter `plan.json`.',
  });
}

function hasEntries(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : isObject(value) && Object.keys(value).length > 0;
}

class SegmentImport {
  private readonly rules = new Map<string, Rule>();

  constructor(
    private readonly document: LocatedDocument,
    private readonly context: ImportContext,
  ) {}

  private get schemaSource(): SchemaSource {
    return { document: this.document, context: this.context };
  }

  private note(path: DocumentPath, message: string): void {
    notice(this.context, this.document.locate(path, 'key'), message);
  }

  /** The Public API's `rules[]`: one rule per event version, with `key`, `type` and `jsonSchema`. */
  publicRules(rules: unknown[], path: DocumentPath): void {
    rules.forEach((rule, index) => {
      const rulePath = [...path, index];
      if (!isObject(rule)) fail(this.document, rulePath, 'a rule of the tracking plan is not an object');
      const type = String(rule.type ?? 'TRACK').toUpperCase();
      const schema = isObject(rule.jsonSchema) ? rule.jsonSchema : {};
      const schemaPath = [...rulePath, 'jsonSchema'];
      if (type === 'COMMON') return this.common(schema, schemaPath);
      if (type !== 'TRACK') return this.note([...rulePath, 'type'], `the ${type} rule is not imported: trackplan checks track calls`);
      const name = stringOf(rule.key);
      if (!name) fail(this.document, rulePath, 'a TRACK rule has no "key" (its event name)');
      const deprecatedAt = stringOf(rule.deprecatedAt);
      const description = stringOf(rule.description) ?? stringOf(schema.description);
      this.offer({
        name,
        namePath: [...rulePath, 'key'],
        version: Number(rule.version) || 1,
        schema,
        schemaPath,
        ...(description ? { description } : {}),
        deprecated: deprecatedAt !== undefined && !deprecatedAt.startsWith(NEVER),
      });
    });
  }

  /** The Config API's and Typewriter's `rules.events[]`: `name`, `description`, `rules` (a JSON Schema), `version`. */
  configEvents(events: unknown[], path: DocumentPath): void {
    events.forEach((event, index) => {
      const eventPath = [...path, index];
      if (!isObject(event)) fail(this.document, eventPath, 'an event of the tracking plan is not an object');
      const name = stringOf(event.name);
      if (!name) fail(this.document, eventPath, 'an event has no "name"');
      const schema = isObject(event.rules) ? event.rules : {};
      const description = stringOf(event.description) ?? stringOf(schema.description);
      this.offer({
        name,
        namePath: [...eventPath, 'name'],
        version: Number(event.version) || 1,
        schema,
        schemaPath: [...eventPath, 'rules'],
        ...(description ? { description } : {}),
        deprecated: false,
      });
    });
  }

  configOthers(rules: JsonObject, path: DocumentPath): void {
    if (isObject(rules.global)) this.common(rules.global, [...path, 'global']);
    for (const [key, value] of Object.entries(rules)) {
      if (key === 'events' || key === 'global') continue;
      const traits = isObject(value) && isObject(value.properties) && isObject(value.properties.traits) ? value.properties.traits.properties : value;
      if (hasEntries(traits)) this.note([...path, key], `the "${key}" rules are not imported: trackplan checks track calls`);
    }
  }

  /** Segment keeps several versions of an event; the highest one is the plan. */
  private offer(rule: Rule): void {
    const known = this.rules.get(rule.name);
    if (!known || rule.version > known.version) this.rules.set(rule.name, rule);
  }

  private common(schema: JsonObject, path: DocumentPath): void {
    const envelope = eventPropertiesSchema(schema, path);
    if (envelope.schema === schema) return;
    const properties = propertiesFromSchema(this.schemaSource, envelope.schema, envelope.path, ['commonProperties']);
    if (properties) this.context.draft.value.commonProperties = { ...this.context.draft.value.commonProperties, ...properties };
    const top = isObject(schema.properties) ? schema.properties : {};
    for (const part of ['context', 'traits']) {
      if (hasEntries(top[part])) this.note([...path, 'properties', part], `the common rules for "${part}" are not imported: trackplan checks event properties`);
    }
  }

  finish(): void {
    const { draft } = this.context;
    for (const rule of this.rules.values()) {
      const at = this.document.locate(rule.namePath);
      if (draft.hasEvent(rule.name)) {
        notice(this.context, at, `the event ${JSON.stringify(rule.name)} is defined again: the first definition is kept`);
        continue;
      }
      const event: EventDocument = {};
      if (rule.description) event.description = rule.description;
      if (rule.deprecated) event.deprecated = true;
      if (isObject(rule.schema.labels) && Object.keys(rule.schema.labels).length > 0) event['x-labels'] = rule.schema.labels;
      draft.addEvent(rule.name, event, at);
      const envelope = eventPropertiesSchema(rule.schema, rule.schemaPath);
      const properties = propertiesFromSchema(this.schemaSource, envelope.schema, envelope.path, ['events', rule.name, 'properties']);
      if (properties) event.properties = properties;
    }
  }
}

function unwrap(value: unknown): { root: JsonObject; path: DocumentPath } | undefined {
  let root = value;
  const path: string[] = [];
  for (const wrapper of ['data', 'trackingPlan', 'tracking_plan']) {
    if (isObject(root) && root.rules === undefined && root.events === undefined && isObject(root[wrapper])) {
      root = root[wrapper];
      path.push(wrapper);
    }
  }
  return isObject(root) ? { root, path } : undefined;
}

/** A Segment Protocols tracking plan: Public API rules, Config API or Typewriter plan.json. */
export function importSegment(source: ImportSource, context: ImportContext): void {
  const document = parseLocatedYaml(source.text, source.displayPath);
  const unwrapped = unwrap(document.value);
  if (!unwrapped) fail(document, [], 'the file is not a Segment tracking plan');
  const { root, path } = unwrapped;
  const segment = new SegmentImport(document, context);
  if (Array.isArray(root.rules)) segment.publicRules(root.rules, [...path, 'rules']);
  else if (isObject(root.rules) && Array.isArray(root.rules.events)) {
    segment.configEvents(root.rules.events, [...path, 'rules', 'events']);
    segment.configOthers(root.rules, [...path, 'rules']);
  } else if (Array.isArray(root.events)) {
    segment.configEvents(root.events, [...path, 'events']);
    segment.configOthers(root, path);
  } else fail(document, path, 'the file is not a Segment tracking plan: it has neither "rules" nor "events"');
  segment.finish();
}
