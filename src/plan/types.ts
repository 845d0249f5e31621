import type { SourceLocation } from '../report/types.js';

export const PROPERTY_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null', 'any'] as const;

export type PropertyType = (typeof PROPERTY_TYPES)[number];

export type EnumValue = string | number | boolean | null;

export interface PropertySpec {
  name: string;
  types: PropertyType[];
  required: boolean;
  description?: string;
  enum?: EnumValue[];
  properties?: Record<string, PropertySpec>;
  items?: PropertySpec;
  location: SourceLocation;
}

export interface PlannedEvent {
  name: string;
  description?: string;
  owners: string[];
  where: string[];
  properties?: Record<string, PropertySpec>;
  sources?: string[];
  deprecated?: string | true;
  location: SourceLocation;
}

export interface Question {
  id: string;
  question?: string;
  metrics: string[];
  events: string[];
  location: SourceLocation;
}

export type NamingConvention = 'object-action' | 'snake_case' | 'camelCase' | 'Title Case' | { pattern: string };

export interface Plan {
  file: string;
  source?: string;
  conventions: { event?: NamingConvention; property?: NamingConvention };
  commonProperties: Record<string, PropertySpec>;
  questions: Question[];
  events: PlannedEvent[];
  hash: string;
}
