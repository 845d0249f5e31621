import { UserError } from '../../errors.js';
import type { DocumentPath, LocatedDocument } from '../../util/located-document.js';
import { closest } from '../../util/suggest.js';
import { record, type EventDocument, type PropertyDocument } from '../document.js';
import type { EnumValue, PropertyType } from '../types.js';
import { isObject, stringOf, type JsonObject } from '../../util/guards.js';
import { notice, type ImportContext, type ImportSource } from './types.js';
import { parseLocatedYamlDocuments } from '../../util/located-document.js';
import { isPropertyType } from './json-schema-property.js';

/** A resource of the catalog and where it stands. */
interface Spot {
  value: JsonObject;
  document: LocatedDocument;
  path: DocumentPath;
}

const LEGACY_VERSIONS = new Set(['rudder/0.1', 'rudder/v0.1']);
const LISTS: Record<string, string> = { events: 'events', properties: 'properties', 'custom-types': 'types', categories: 'categories' };
const CHECKED_CONFIG = new Set(['enum']);

function fail(spot: { document: LocatedDocument; path: DocumentPath }, message: string, hint?: string): never {
  const { file, line, column } = spot.document.locate(spot.path);
  throw new UserError(message, { location: { file, line, column }, ...(hint ? { hint } : {}) });
}

class RudderCatalog {
  readonly resources: Record<string, Map<string, Spot>> = { events: new Map(), properties: new Map(), 'custom-types': new Map(), categories: new Map() };
  readonly plans: Spot[] = [];

  constructor(private readonly context: ImportContext) {}

  add(document: LocatedDocument): void {
    const value = document.value;
    const version = isObject(value) ? stringOf(value.version) : undefined;
    if (!isObject(value) || !version?.startsWith('rudder/')) {
      notice(this.context, document.locate([]), 'not a RudderStack spec (no "version: rudder/v1"): skipped');
      return;
    }
    if (LEGACY_VERSIONS.has(version)) {
      fail({ document, path: ['version'] }, `RudderStack ${version} specs are not supported`, 'Run `rudder-cli migrate` to move the project to rudder/v1, then import it.');
    }
    const kind = String(value.kind);
    const spec = isObject(value.spec) ? value.spec : {};
    if (kind === 'tracking-plan') {
      this.plans.push({ value: spec, document, path: ['spec'] });
      return;
    }
    const listName = LISTS[kind];
    const resources = this.resources[kind];
    if (!listName || !resources) {
      notice(this.context, document.locate(['kind']), `the ${kind} resource is not part of a tracking plan: skipped`);
      return;
    }
    const list = Array.isArray(spec[listName]) ? spec[listName] : [];
    list.forEach((item: unknown, index) => {
      const path = ['spec', listName, index];
      const id = isObject(item) ? stringOf(item.id) : undefined;
      if (!isObject(item) || !id) fail({ document, path }, `a resource in "${listName}" has no "id"`);
      if (resources.has(id)) fail({ document, path: [...path, 'id'] }, `the id ${JSON.stringify(id)} is defined twice in "${kind}"`);
      resources.set(id, { value: item, document, path });
    });
  }

  /** Follows a `#event:<id>`-style reference. */
  resolve(kind: string, reference: unknown, from: { document: LocatedDocument; path: DocumentPath }): Spot {
    const resources = this.resources[kind] ?? new Map<string, Spot>();
    const prefix = `#${kind === 'events' ? 'event' : kind === 'properties' ? 'property' : kind === 'categories' ? 'category' : 'custom-type'}:`;
    const id = typeof reference === 'string' && reference.startsWith(prefix) ? reference.slice(prefix.length) : undefined;
    const found = id === undefined ? undefined : resources.get(id);
    if (found) return found;
    const suggestion = id === undefined ? undefined : closest(id, resources.keys());
    return fail(from, `${JSON.stringify(reference)} does not name a defined ${kind === 'events' ? 'event' : kind === 'properties' ? 'property' : kind.replace(/s$/, '')}${suggestion ? `; did you mean "${prefix}${suggestion}"?` : ''}`, `References look like "${prefix}<id>".`);
  }
}

class RudderImport {
  private readonly following = new Set<string>();

  constructor(
    private readonly catalog: RudderCatalog,
    private readonly context: ImportContext,
  ) {}

  private note(spot: { document: LocatedDocument; path: DocumentPath }, message: string): void {
    notice(this.context, spot.document.locate(spot.path, 'key'), message);
  }

  run(): void {
    const used = new Set<string>();
    if (this.catalog.plans.length === 0) {
      for (const [id, spot] of this.catalog.resources.events ?? []) {
        if (this.trackEvent(spot, id)) this.addEvent(spot, undefined);
      }
      const first = this.catalog.resources.events?.values().next().value;
      if (first) this.note({ document: first.document, path: [] }, 'no tracking-plan resource: the events are imported without their properties');
      return;
    }
    for (const plan of this.catalog.plans) this.plan(plan, used);
    for (const [id, spot] of this.catalog.resources.events ?? []) {
      if (!used.has(id) && spot.value.event_type === 'track') this.note({ ...spot, path: [...spot.path, 'id'] }, `the event ${JSON.stringify(id)} is in no tracking plan: not imported`);
    }
  }

  private trackEvent(spot: Spot, id: string): boolean {
    const type = String(spot.value.event_type ?? 'track');
    if (type === 'track') return true;
    this.note({ ...spot, path: [...spot.path, 'event_type'] }, `the ${type} event ${JSON.stringify(id)} is not imported: trackplan checks track calls`);
    return false;
  }

  private plan(plan: Spot, used: Set<string>): void {
    const rules = Array.isArray(plan.value.rules) ? plan.value.rules : [];
    const planName = stringOf(plan.value.display_name) ?? stringOf(plan.value.id) ?? 'tracking plan';
    rules.forEach((rule: unknown, index) => {
      const at = { document: plan.document, path: [...plan.path, 'rules', index] };
      if (!isObject(rule)) fail(at, 'a rule of the tracking plan is not an object');
      if (rule.type !== undefined && rule.type !== 'event_rule') return this.note({ ...at, path: [...at.path, 'type'] }, `the ${String(rule.type)} rule is not imported`);
      for (const unsupported of ['variants', 'includes']) {
        if (rule[unsupported] !== undefined) this.note({ ...at, path: [...at.path, unsupported] }, `"${unsupported}" are not imported: trackplan checks one set of properties per event`);
      }
      const eventSpot = this.catalog.resolve('events', rule.event, { ...at, path: [...at.path, 'event'] });
      const id = String(eventSpot.value.id);
      used.add(id);
      if (!this.trackEvent(eventSpot, id)) return;
      const name = this.eventName(eventSpot);
      if (this.context.draft.hasEvent(name)) {
        return this.note({ ...at, path: [...at.path, 'event'] }, `the event ${JSON.stringify(name)} is in several tracking plans: the rules of the first are kept, not those of "${planName}"`);
      }
      const event = this.addEvent(eventSpot, name);
      const listed = Array.isArray(rule.properties) ? rule.properties : [];
      if (listed.length > 0 && rule.additional_properties === true) {
        this.note({ ...at, path: [...at.path, 'additional_properties'] }, 'additional_properties: true is not imported: trackplan reports properties the plan does not list');
      }
      if (listed.length > 0) event.properties = this.ruleProperties(listed, { ...at, path: [...at.path, 'properties'] }, ['events', name, 'properties']);
      else if (rule.additional_properties === false) event.properties = {};
    });
  }

  private eventName(spot: Spot): string {
    const name = stringOf(spot.value.name);
    if (!name) fail({ ...spot, path: [...spot.path, 'id'] }, `the track event ${JSON.stringify(spot.value.id)} has no "name"`);
    return name;
  }

  private addEvent(spot: Spot, knownName: string | undefined): EventDocument {
    const name = knownName ?? this.eventName(spot);
    const event: EventDocument = {};
    const description = stringOf(spot.value.description);
    if (description) event.description = description;
    if (spot.value.category !== undefined) {
      const category = this.catalog.resolve('categories', spot.value.category, { ...spot, path: [...spot.path, 'category'] });
      event['x-category'] = stringOf(category.value.name) ?? category.value.id;
    }
    this.context.draft.addEvent(name, event, spot.document.locate([...spot.path, 'name']));
    return event;
  }

  private ruleProperties(list: unknown[], at: { document: LocatedDocument; path: DocumentPath }, draftPath: DocumentPath): Record<string, PropertyDocument> {
    const properties = record<PropertyDocument>();
    list.forEach((item: unknown, index) => {
      const itemAt = { ...at, path: [...at.path, index] };
      if (!isObject(item)) fail(itemAt, 'a property rule is not an object');
      const definition = this.catalog.resolve('properties', item.property, { ...itemAt, path: [...itemAt.path, 'property'] });
      const name = stringOf(definition.value.name);
      if (!name) fail({ ...definition, path: [...definition.path, 'id'] }, `the property ${JSON.stringify(definition.value.id)} has no "name"`);
      const property = this.definedProperty(definition, [...draftPath, name]);
      if (item.required === true) property.required = true;
      if (Array.isArray(item.properties) && item.properties.length > 0) {
        property.properties = { ...property.properties, ...this.ruleProperties(item.properties, { ...itemAt, path: [...itemAt.path, 'properties'] }, [...draftPath, name, 'properties']) };
      }
      properties[name] = property;
      this.context.draft.mark([...draftPath, name], definition.document.locate([...definition.path, 'name']));
    });
    return properties;
  }

  /** A property as its catalog definition (or custom type) describes it: type, item types, enum. */
  private definedProperty(spot: Spot, draftPath: DocumentPath): PropertyDocument {
    const property: PropertyDocument = {};
    const description = stringOf(spot.value.description);
    if (description) property.description = description;
    const declared = spot.value.types ?? spot.value.type;
    const customType = typeof declared === 'string' && declared.startsWith('#custom-type:') ? declared : undefined;
    if (customType) Object.assign(property, this.customType(customType, spot, draftPath), description ? { description } : {});
    else {
      const types = this.types(declared, { ...spot, path: [...spot.path, spot.value.types === undefined ? 'type' : 'types'] });
      if (types.length > 0) property.type = types.length === 1 && types[0] ? types[0] : types;
    }
    const itemTypes = this.types(spot.value.item_types ?? spot.value.item_type, { ...spot, path: [...spot.path, 'item_types'] });
    if (itemTypes.length > 0) property.items = { type: itemTypes.length === 1 && itemTypes[0] ? itemTypes[0] : itemTypes };
    const allowed = this.config(spot);
    if (allowed) property.enum = allowed;
    return property;
  }

  private customType(reference: string, from: Spot, draftPath: DocumentPath): PropertyDocument {
    const spot = this.catalog.resolve('custom-types', reference, { ...from, path: [...from.path, 'type'] });
    if (this.following.has(reference)) {
      this.note({ ...from, path: [...from.path, 'type'] }, `the custom type ${reference} refers to itself: the property is imported as any`);
      return {};
    }
    this.following.add(reference);
    try {
      const property = this.definedProperty(spot, draftPath);
      const listed = Array.isArray(spot.value.properties) ? spot.value.properties : [];
      if (listed.length > 0) property.properties = this.ruleProperties(listed, { ...spot, path: [...spot.path, 'properties'] }, [...draftPath, 'properties']);
      if (spot.value.variants !== undefined) this.note({ ...spot, path: [...spot.path, 'variants'] }, '"variants" are not imported: trackplan checks one set of properties per type');
      return property;
    } finally {
      this.following.delete(reference);
    }
  }

  private types(declared: unknown, at: { document: LocatedDocument; path: DocumentPath }): PropertyType[] {
    if (declared === undefined) return [];
    const list = Array.isArray(declared) ? declared : [declared];
    const types = list.filter(isPropertyType);
    if (types.length < list.length) {
      this.note(at, `the type ${JSON.stringify(declared)} is not one trackplan knows: the property is imported as any`);
      return [];
    }
    return [...new Set(types)];
  }

  private config(spot: Spot): EnumValue[] | undefined {
    const config = isObject(spot.value.config) ? spot.value.config : {};
    for (const key of Object.keys(config)) {
      if (!CHECKED_CONFIG.has(key)) this.note({ ...spot, path: [...spot.path, 'config', key] }, `"${key}" of ${JSON.stringify(spot.value.id)} is not checked by trackplan`);
    }
    const values = config.enum;
    if (!Array.isArray(values)) return undefined;
    return values.filter((value): value is EnumValue => value === null || ['string', 'number', 'boolean'].includes(typeof value));
  }
}

/** RudderStack `rudder/v1` YAML: events, properties, custom types and tracking plans, across files and documents. */
export function importRudderStack(sources: readonly ImportSource[], context: ImportContext): void {
  const catalog = new RudderCatalog(context);
  for (const source of sources) {
    for (const document of parseLocatedYamlDocuments(source.text, source.displayPath)) catalog.add(document);
  }
  new RudderImport(catalog, context).run();
}
