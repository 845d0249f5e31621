import type { EnumValue, NamingConvention, PropertyType } from './types.js';

/** Keys starting with x- are the team's own, at any level of a plan. */
export type ExtensionKeys = { [key: `x-${string}`]: unknown };

export type TypeList = PropertyType | PropertyType[];

export interface PropertyDocument extends ExtensionKeys {
  type?: TypeList;
  required?: boolean;
  description?: string;
  enum?: EnumValue[];
  properties?: Record<string, PropertyValueDocument>;
  items?: PropertyValueDocument;
}

/** A property as written in a plan: a type (shorthand) or a map. */
export type PropertyValueDocument = TypeList | PropertyDocument;

export interface EventDocument extends ExtensionKeys {
  description?: string;
  owner?: string | string[];
  where?: string | string[];
  sources?: string[];
  deprecated?: boolean | string;
  properties?: Record<string, PropertyValueDocument>;
}

export interface QuestionDocument extends ExtensionKeys {
  question?: string;
  description?: string;
  metrics?: string[];
  events?: string[];
}

/** A plan in the native YAML shape, as plain data (what schema/plan.v1.json describes). */
export interface PlanDocument extends ExtensionKeys {
  version: 1;
  conventions?: { event?: NamingConvention; property?: NamingConvention };
  source?: string;
  commonProperties?: Record<string, PropertyValueDocument>;
  questions?: Record<string, QuestionDocument | null>;
  events: Record<string, EventDocument | null>;
}

/** A map keyed by names from plans or code, where `__proto__` must stay an ordinary key. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
