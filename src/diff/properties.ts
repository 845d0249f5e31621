import type { SentProperties, SentValue, CallSite } from '../extract/types.js';
import type { PlannedEvent, PropertySpec, PropertyType } from '../plan/types.js';
import type { Span } from '../report/types.js';
import type { UnratedFinding } from './diff.js';
import { locationIn } from './location.js';
import { closest } from '../util/suggest.js';

function describeTypes(types: readonly PropertyType[]): string {
  return types.join(' or ');
}

function describeValue(value: SentValue): string {
  const literal = value.literals?.length === 1 ? value.literals[0] : undefined;
  if (literal !== undefined) return `${JSON.stringify(literal)} (${value.type})`;
  return value.type === 'array' || value.type === 'object' ? `an ${value.type}` : `a ${value.type}`;
}

function acceptsType(spec: PropertySpec, value: SentValue): boolean {
  if (value.type === 'unknown' || spec.types.includes('any')) return true;
  if (spec.types.includes(value.type as PropertyType)) return true;
  if (value.type === 'number' && spec.types.includes('integer')) {
    return value.literals === undefined || value.literals.every((literal) => Number.isInteger(literal));
  }
  return false;
}

/** Type, enum and integer checks of one value, and of nested object keys and array items. */
function checkValue(
  call: CallSite,
  event: string,
  path: string,
  spec: PropertySpec,
  value: SentValue,
  position: Span,
  findings: UnratedFinding[],
): void {
  if (!acceptsType(spec, value)) {
    const integerOnly = value.type === 'number' && spec.types.includes('integer');
    findings.push({
      kind: 'property-type',
      ...locationIn(call.file, position),
      event,
      property: path,
      expected: describeTypes(spec.types),
      actual: integerOnly ? 'a number that is not an integer' : value.type,
      message: `${event}: "${path}" is ${describeValue(value)}, the plan says ${describeTypes(spec.types)}`,
    });
    return;
  }
  if (spec.enum && value.literals && value.literals.some((literal) => !spec.enum?.includes(literal))) {
    const outside = value.literals.filter((literal) => !spec.enum?.includes(literal));
    findings.push({
      kind: 'property-type',
      ...locationIn(call.file, position),
      event,
      property: path,
      expected: spec.enum.map((allowed) => JSON.stringify(allowed)).join(', '),
      actual: outside.map((literal) => JSON.stringify(literal)).join(', '),
      message: `${event}: "${path}" is ${outside.map((literal) => JSON.stringify(literal)).join(' or ')}, the plan allows ${spec.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}`,
    });
  }
  if (spec.properties && value.properties) {
    checkKnownKeys(call, event, `${path}.`, spec.properties, value.properties, findings);
  }
  if (spec.items && value.items) {
    for (const item of value.items) checkValue(call, event, `${path}[]`, spec.items, item, position, findings);
  }
}

function checkKnownKeys(
  call: CallSite,
  event: string,
  prefix: string,
  specs: Record<string, PropertySpec>,
  sent: SentProperties,
  findings: UnratedFinding[],
): void {
  for (const entry of sent.entries) {
    const spec = specs[entry.key];
    if (spec) checkValue(call, event, prefix + entry.key, spec, entry.value, entry.valuePosition, findings);
  }
  if (!sent.open) reportMissing(call, event, prefix, specs, sent.entries, sent.position, findings);
}

function reportMissing(
  call: CallSite,
  event: string,
  prefix: string,
  specs: Record<string, PropertySpec>,
  present: readonly { key: string }[],
  position: Span,
  findings: UnratedFinding[],
): void {
  const keys = new Set(present.map((entry) => entry.key));
  for (const spec of Object.values(specs)) {
    if (!spec.required || keys.has(spec.name)) continue;
    findings.push({
      kind: 'property-missing',
      ...locationIn(call.file, position),
      event,
      property: prefix + spec.name,
      message: `${event}: required property "${prefix}${spec.name}" is missing`,
    });
  }
}

/** Property findings of one call site against one planned event; all point into the call site's file. */
export function checkProperties(call: CallSite, event: PlannedEvent, common: Record<string, PropertySpec>): UnratedFinding[] {
  const findings: UnratedFinding[] = [];
  const planned = event.properties;
  const sent = call.properties;
  if (!sent) {
    if (planned && call.propertiesPosition === undefined) reportMissing(call, event.name, '', planned, [], call.position, findings);
    return findings;
  }
  for (const entry of sent.entries) {
    const spec = planned?.[entry.key] ?? common[entry.key];
    if (spec) {
      checkValue(call, event.name, entry.key, spec, entry.value, entry.valuePosition, findings);
    } else if (planned) {
      const suggestion = closest(entry.key, [...Object.keys(planned), ...Object.keys(common)]);
      const finding: UnratedFinding = {
        kind: 'property-undeclared',
        ...locationIn(call.file, entry.keyPosition),
        event: event.name,
        property: entry.key,
        message: `${event.name}: property "${entry.key}" is not in the plan${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      };
      if (suggestion) finding.suggestion = suggestion;
      findings.push(finding);
    }
  }
  if (planned && !sent.open) reportMissing(call, event.name, '', planned, sent.entries, sent.position, findings);
  return findings;
}
