import type { CallSite, SentProperties, SentValue, ValueType } from '../extract/types.js';
import { compareCodeUnits } from '../util/suggest.js';
import { record, type EventDocument, type PlanDocument, type PropertyDocument } from './document.js';
import { PROPERTY_TYPES, type PropertyType } from './types.js';
import { planDocumentToYaml } from './write.js';

export interface InitOptions {
  /** This repository's source, written as the plan's `source`. */
  source?: string;
}

/** What the call sites of one event sent under one key. */
interface SeenValue {
  types: Set<ValueType>;
  keys: Map<string, SeenValue>;
  items?: SeenValue;
  /** How many call sites sent the key. */
  count: number;
}

interface SeenEvent {
  files: Set<string>;
  calls: number;
  /** Call sites whose properties are known (even partly). */
  known: number;
  keys: Map<string, SeenValue>;
}

function seenValue(): SeenValue {
  return { types: new Set(), keys: new Map(), count: 0 };
}

function addValue(seen: SeenValue, value: SentValue): void {
  seen.types.add(value.type);
  if (value.properties) addProperties(seen.keys, value.properties);
  for (const item of value.items ?? []) {
    seen.items ??= seenValue();
    addValue(seen.items, item);
  }
}

function addProperties(keys: Map<string, SeenValue>, properties: SentProperties): void {
  for (const entry of properties.entries) {
    const seen = keys.get(entry.key) ?? seenValue();
    seen.count++;
    addValue(seen, entry.value);
    keys.set(entry.key, seen);
  }
}

function typeList(seen: SeenValue): PropertyType[] | undefined {
  if (seen.types.has('unknown') || seen.types.size === 0) return undefined;
  return PROPERTY_TYPES.filter((type) => seen.types.has(type as ValueType));
}

function propertyDocument(seen: SeenValue, required: boolean): PropertyDocument {
  const property: PropertyDocument = {};
  const types = typeList(seen);
  if (types) property.type = types.length === 1 && types[0] ? types[0] : types;
  if (required) property.required = true;
  if (types?.includes('object') && seen.keys.size > 0) property.properties = propertiesDocument(seen.keys, () => false);
  if (types?.includes('array') && seen.items) property.items = propertyDocument(seen.items, false);
  return property;
}

function propertiesDocument(keys: Map<string, SeenValue>, isRequired: (seen: SeenValue) => boolean): Record<string, PropertyDocument> {
  const properties = record<PropertyDocument>();
  for (const key of [...keys.keys()].sort(compareCodeUnits)) {
    const seen = keys.get(key);
    if (seen) properties[key] = propertyDocument(seen, isRequired(seen));
  }
  return properties;
}

function eventDocument(seen: SeenEvent): EventDocument {
  const event: EventDocument = { where: [...seen.files].sort(compareCodeUnits) };
  if (seen.known === 0) return event;
  // A key every call site sends is required; a call site whose properties are unknown makes nothing required.
  event.properties = propertiesDocument(seen.keys, (value) => seen.known === seen.calls && value.count === seen.calls);
  return event;
}

function inert(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function dynamicComment(callSites: readonly CallSite[]): string | undefined {
  const lines = callSites
    .flatMap((site) => (site.name.kind === 'dynamic' && site.via !== 'forward' ? [{ site, name: site.name }] : []))
    .sort((a, b) => compareCodeUnits(a.site.file, b.site.file) || a.site.position.line - b.site.position.line || a.site.position.column - b.site.position.column)
    .map(({ site, name }) => {
      const pattern = name.pattern === undefined ? '' : ` \`${inert(name.pattern)}\``;
      return ` dynamic: ${inert(site.file)}:${site.position.line}:${site.position.column}${pattern} (${inert(name.reason)})`;
    });
  if (lines.length === 0) return undefined;
  return [' Call sites whose event name is built at runtime: name each event above, or declare what it sends', ' with a `// trackplan-events: Event A, Event B` comment on the line above the call.', ...lines].join('\n');
}

/** A starting tracking-plan.yaml from the code: every statically named event, its properties and files; dynamic names as comments. */
export function initPlan(callSites: readonly CallSite[], options: InitOptions = {}): string {
  const events = new Map<string, SeenEvent>();
  for (const site of callSites) {
    if (site.via === 'forward' || site.name.kind !== 'static') continue;
    for (const name of site.name.names) {
      const seen = events.get(name) ?? { files: new Set(), calls: 0, known: 0, keys: new Map() };
      seen.files.add(site.file);
      seen.calls++;
      if (site.properties) {
        seen.known++;
        addProperties(seen.keys, site.properties);
      }
      events.set(name, seen);
    }
  }
  const plan: PlanDocument = { version: 1, events: record() };
  if (options.source) plan.source = options.source;
  for (const name of [...events.keys()].sort(compareCodeUnits)) {
    const seen = events.get(name);
    if (seen) plan.events[name] = eventDocument(seen);
  }
  const comment = dynamicComment(callSites);
  return planDocumentToYaml(plan, comment ? { comment } : {});
}
