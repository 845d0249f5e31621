import type { EnumValue, PropertyType } from '../plan/types.js';
import type { ReportEvent } from '../report/types.js';

/**
 * The report contract v1 does not carry planned properties yet; this is the field proposed for
 * `ReportEvent` (`properties?: PlannedProperty[]`, sorted by name, absent when the plan leaves the
 * event's properties unchecked). Until it lands, the detail view shows them only when present.
 */
export interface PlannedProperty {
  name: string;
  types: PropertyType[];
  required: boolean;
  description?: string;
  enum?: EnumValue[];
}

export type ReportEventWithProperties = ReportEvent & { properties?: PlannedProperty[] };

export function plannedProperties(event: ReportEventWithProperties): PlannedProperty[] | undefined {
  return event.properties;
}

export function describeProperty(property: PlannedProperty): string {
  const parts = [property.name, property.types.join('|')];
  if (property.required) parts.push('required');
  if (property.enum) parts.push(`(${property.enum.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('|')})`);
  return parts.join(' ');
}
