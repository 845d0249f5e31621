import { basename, extname } from 'node:path';
import { UserError } from '../../errors.js';
import { parseLocatedYaml, type DocumentPath, type LocatedDocument } from '../../util/located-document.js';
import { isObject, stringOf, type JsonObject } from '../../util/guards.js';
import { eventPropertiesSchema, propertiesFromSchema, type SchemaSource } from './json-schema-property.js';
import { notice, type ImportContext, type ImportSource } from './types.js';

const DEFINITION_MAPS = ['definitions', '$defs'] as const;

function collectRefs(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, into));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(child);
      else collectRefs(child, into);
    }
  }
  return into;
}

/** The event's name: the payload's `event` constant, else the schema's title, else its key or file name. */
function eventName(schema: JsonObject, fallback: string, path: DocumentPath): { name: string; path: DocumentPath } {
  const event = isObject(schema.properties) && isObject(schema.properties.event) ? schema.properties.event : {};
  const constant = stringOf(event.const);
  if (constant) return { name: constant, path: [...path, 'properties', 'event', 'const'] };
  const only = Array.isArray(event.enum) && event.enum.length === 1 ? stringOf(event.enum[0]) : undefined;
  if (only) return { name: only, path: [...path, 'properties', 'event', 'enum', 0] };
  const title = stringOf(schema.title);
  if (title) return { name: title, path: [...path, 'title'] };
  return { name: fallback, path };
}

class JsonSchemaImport {
  private readonly source: SchemaSource;

  constructor(
    private readonly document: LocatedDocument,
    private readonly context: ImportContext,
  ) {
    this.source = { document, context, resolve: (ref) => this.resolve(ref) };
  }

  private resolve(ref: string): { schema: unknown; path: DocumentPath } | undefined {
    const match = /^#\/(definitions|\$defs)\/(.+)$/.exec(ref);
    const root = this.document.value;
    if (!match?.[1] || !match[2] || !isObject(root)) return undefined;
    const key = decodeURIComponent(match[2]).replace(/~1/g, '/').replace(/~0/g, '~');
    const map = root[match[1]];
    return isObject(map) && Object.hasOwn(map, key) ? { schema: map[key], path: [match[1], key] } : undefined;
  }

  event(schema: JsonObject, path: DocumentPath, fallbackName: string, keyPath: DocumentPath): void {
    const { name, path: namePath } = eventName(schema, fallbackName, path);
    const at = this.document.locate(namePath === path ? keyPath : namePath, namePath === path ? 'key' : 'value');
    const { draft } = this.context;
    if (draft.hasEvent(name)) {
      notice(this.context, at, `the event ${JSON.stringify(name)} is defined again: the first definition is kept`);
      return;
    }
    const description = stringOf(schema.description);
    draft.addEvent(name, description ? { description } : {}, at);
    const envelope = eventPropertiesSchema(schema, path);
    const properties = propertiesFromSchema(this.source, envelope.schema, envelope.path, ['events', name, 'properties']);
    const event = draft.value.events[name];
    if (properties && event) event.properties = properties;
  }

  /** A `definitions` map of event schemas; a definition that others reference is a shared part, not an event. */
  definitions(root: JsonObject): boolean {
    const referenced = collectRefs(root, new Set());
    let found = false;
    for (const mapName of DEFINITION_MAPS) {
      const map = root[mapName];
      if (!isObject(map)) continue;
      for (const [key, schema] of Object.entries(map)) {
        if (referenced.has(`#/${mapName}/${key}`) && !this.isRootChoice(root, `#/${mapName}/${key}`)) continue;
        if (!isObject(schema)) continue;
        found = true;
        this.event(schema, [mapName, key], key, [mapName, key]);
      }
    }
    return found;
  }

  /** A root `oneOf`/`anyOf` of references names the events among the definitions. */
  private isRootChoice(root: JsonObject, ref: string): boolean {
    const choice = root.oneOf ?? root.anyOf;
    return Array.isArray(choice) && choice.some((branch) => isObject(branch) && branch.$ref === ref);
  }
}

/** JSON Schema: one schema per event (a file each), or a `definitions` map of event schemas. */
export function importJsonSchema(source: ImportSource, context: ImportContext): void {
  const document = parseLocatedYaml(source.text, source.displayPath);
  const root = document.value;
  if (!isObject(root)) {
    const { file, line, column } = document.locate([]);
    throw new UserError('the JSON Schema is not an object', { location: { file, line, column } });
  }
  const schema = new JsonSchemaImport(document, context);
  if (!isObject(root.properties) && schema.definitions(root)) return;
  const fileName = basename(source.displayPath, extname(source.displayPath));
  schema.event(root, [], fileName, []);
}
