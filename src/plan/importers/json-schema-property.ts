import type { DocumentPath, LocatedDocument } from '../../util/located-document.js';
import { record, type PropertyDocument } from '../document.js';
import { PROPERTY_TYPES, type EnumValue, type PropertyType } from '../types.js';
import { isObject, stringOf, type JsonObject } from '../../util/guards.js';
import { notice, type ImportContext } from './types.js';

export interface SchemaSource {
  document: LocatedDocument;
  context: ImportContext;
  /** Resolves a local reference (`#/definitions/Product`) to its schema and path. */
  resolve?: (ref: string) => { schema: unknown; path: DocumentPath } | undefined;
}

/** Keywords that carry no constraint (bookkeeping and documentation): left out without a notice. */
const QUIET = new Set(['$schema', '$id', 'id', 'key', 'title', '$comment', 'examples', 'default', 'labels', 'additionalProperties']);
const UNDERSTOOD = new Set(['type', 'enum', 'const', 'description', 'properties', 'required', 'items', '$ref', 'anyOf', 'oneOf']);
const UNION_BRANCH_KEYS = new Set(['type', 'description', 'title']);

export function isPropertyType(value: unknown): value is PropertyType {
  return typeof value === 'string' && (PROPERTY_TYPES as readonly string[]).includes(value) && value !== 'any';
}

function isEnumValue(value: unknown): value is EnumValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

class SchemaConverter {
  private readonly following = new Set<string>();

  constructor(private readonly source: SchemaSource) {}

  private note(path: DocumentPath, message: string): void {
    notice(this.source.context, this.source.document.locate(path, 'key'), message);
  }

  properties(schema: JsonObject, path: DocumentPath, draftPath: DocumentPath): Record<string, PropertyDocument> | undefined {
    const listed = isObject(schema.properties) ? schema.properties : {};
    // JSON Schema lets unlisted keys through unless additionalProperties is false: only then is an empty list a rule.
    if (Object.keys(listed).length === 0 && schema.additionalProperties !== false) return undefined;
    const required = new Set(Array.isArray(schema.required) ? schema.required.filter((key) => typeof key === 'string') : []);
    const properties = record<PropertyDocument>();
    for (const [name, value] of Object.entries(listed)) {
      const propertyPath = [...path, 'properties', name];
      properties[name] = this.property(value, propertyPath, [...draftPath, name], name);
      if (required.has(name)) properties[name].required = true;
      this.source.context.draft.mark([...draftPath, name], this.source.document.locate(propertyPath, 'key'));
    }
    return properties;
  }

  property(value: unknown, path: DocumentPath, draftPath: DocumentPath, name: string): PropertyDocument {
    if (!isObject(value)) {
      if (value !== true) this.note(path, `the schema of ${JSON.stringify(name)} is not an object: the property is imported as any`);
      return {};
    }
    const resolved = this.follow(value, path, name);
    for (const ref of resolved.refs) this.following.add(ref);
    try {
      return this.resolvedProperty(value, resolved.schema, resolved.path, draftPath, name);
    } finally {
      for (const ref of resolved.refs) this.following.delete(ref);
    }
  }

  private resolvedProperty(own: JsonObject, schema: JsonObject, path: DocumentPath, draftPath: DocumentPath, name: string): PropertyDocument {
    const property: PropertyDocument = {};
    for (const keyword of Object.keys(schema)) {
      if (!QUIET.has(keyword) && !UNDERSTOOD.has(keyword)) this.note([...path, keyword], `${JSON.stringify(keyword)} of ${JSON.stringify(name)} is not checked by trackplan`);
    }
    const types = this.types(schema, path, name);
    if (types.length > 0) property.type = types.length === 1 && types[0] ? types[0] : types;
    const description = stringOf(own.description) ?? stringOf(schema.description);
    if (description) property.description = description;
    const allowed = this.allowed(schema, path, name);
    if (allowed) property.enum = allowed;
    const nested = this.properties(schema, path, [...draftPath, 'properties']);
    if (nested) property.properties = nested;
    if (isObject(schema.items)) property.items = this.property(schema.items, [...path, 'items'], [...draftPath, 'items'], `${name}[]`);
    else if (schema.items !== undefined) this.note([...path, 'items'], `a list of item schemas in ${JSON.stringify(name)} is not checked by trackplan`);
    return property;
  }

  /** The schema a `$ref` points to, merged with the referring schema's own keys; `refs` are the references followed. */
  private follow(schema: JsonObject, path: DocumentPath, name: string, refs: readonly string[] = []): { schema: JsonObject; path: DocumentPath; refs: readonly string[] } {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return { schema, path, refs };
    const circular = this.following.has(ref) || refs.includes(ref);
    const target = circular ? undefined : this.source.resolve?.(ref);
    if (!target || !isObject(target.schema)) {
      this.note([...path, '$ref'], `the reference ${JSON.stringify(ref)} of ${JSON.stringify(name)} ${circular ? 'is circular' : 'cannot be followed'}: the property is imported as any`);
      return { schema: {}, path, refs };
    }
    const followed = this.follow(target.schema, target.path, name, [...refs, ref]);
    const own = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$ref'));
    return { schema: { ...followed.schema, ...own }, path: followed.path, refs: followed.refs };
  }

  private types(schema: JsonObject, path: DocumentPath, name: string): PropertyType[] {
    const union = schema.anyOf ?? schema.oneOf;
    if (union !== undefined) {
      const keyword = schema.anyOf !== undefined ? 'anyOf' : 'oneOf';
      const simple = Array.isArray(union) && union.every((branch) => isObject(branch) && Object.keys(branch).every((key) => UNION_BRANCH_KEYS.has(key)));
      if (!simple) {
        this.note([...path, keyword], `${JSON.stringify(keyword)} of ${JSON.stringify(name)} is not checked by trackplan: only a choice of plain types is`);
        return [];
      }
      return [...new Set(union.flatMap((branch) => this.types(branch as JsonObject, path, name)))];
    }
    const declared = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
    const types = declared.filter(isPropertyType);
    if (types.length < declared.length) {
      this.note([...path, 'type'], `the type ${JSON.stringify(schema.type)} of ${JSON.stringify(name)} is not a JSON Schema type: the property is imported as any`);
      return [];
    }
    return [...new Set(types)];
  }

  private allowed(schema: JsonObject, path: DocumentPath, name: string): EnumValue[] | undefined {
    const values = schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
    if (values === undefined) return undefined;
    if (values.every(isEnumValue) && values.length > 0) return values;
    this.note([...path, schema.const !== undefined ? 'const' : 'enum'], `the allowed values of ${JSON.stringify(name)} are not all strings, numbers, booleans or null: they are not checked`);
    return undefined;
  }
}

/** The properties a JSON Schema object lists, as native plan properties; marks each in the draft. */
export function propertiesFromSchema(source: SchemaSource, schema: JsonObject, path: DocumentPath, draftPath: DocumentPath): Record<string, PropertyDocument> | undefined {
  return new SchemaConverter(source).properties(schema, path, draftPath);
}

/**
 * The schema of an event's properties: Segment and payload-style schemas wrap them in
 * `properties.properties`, next to `context`, `traits` or `event`; plain ones list them directly.
 */
export function eventPropertiesSchema(schema: JsonObject, path: DocumentPath): { schema: JsonObject; path: DocumentPath } {
  const top = isObject(schema.properties) ? schema.properties : {};
  const inner = top.properties;
  const wrapped =
    isObject(inner) &&
    schema.eventMetadata === undefined &&
    ('context' in top || 'traits' in top || 'event' in top || inner.type === 'object' || isObject(inner.properties));
  return wrapped ? { schema: inner, path: [...path, 'properties', 'properties'] } : { schema, path };
}
