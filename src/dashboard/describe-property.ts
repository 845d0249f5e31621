import type { ReportProperty } from '../report/types.js';

export function describeProperty(property: ReportProperty): string {
  const parts = [property.name, property.types.join('|')];
  if (property.required) parts.push('required');
  if (property.enum) parts.push(`(${property.enum.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('|')})`);
  return parts.join(' ');
}
