import type { Severity, SourceLocation } from '../report/types.js';
import { compareCodeUnits } from '../util/suggest.js';
import { checkName, describeConvention, suggestName } from './conventions.js';
import { dynamicKeyValue, valueIn, type NameValue } from './name-values.js';
import { duplicateReason, nameFamilies, shapeOf, type NameShape } from './similar-names.js';
import type { NamingConvention, Plan, PlannedEvent, PropertySpec } from './types.js';

export const PLAN_LINT_RULES = ['naming', 'no-question', 'empty-question', 'near-duplicate', 'value-in-name', 'dynamic-property-key'] as const;

export type PlanLintRule = (typeof PLAN_LINT_RULES)[number];

export interface PlanLintFinding extends SourceLocation {
  rule: PlanLintRule;
  severity: Severity;
  message: string;
  event?: string;
  property?: string;
}

interface PlannedProperty {
  spec: PropertySpec;
  /** The key as written, with its parents: "address.city". */
  path: string;
  event?: string;
}

const PROPERTY_CONVENTIONS = ['snake_case', 'camelCase', 'Title Case'] as const;

const VALUE_WORDING: Record<NameValue['kind'], string> = {
  placeholder: 'a template placeholder',
  date: 'a date',
  id: 'an id',
  number: 'a number',
  index: 'an index',
};

function finding(rule: PlanLintRule, severity: Severity, at: SourceLocation, message: string, names: { event?: string; property?: string } = {}): PlanLintFinding {
  return { rule, severity, ...at, message, ...names };
}

function propertiesOf(properties: Record<string, PropertySpec> | undefined, parent: string, event: string | undefined): PlannedProperty[] {
  return Object.values(properties ?? {}).flatMap((spec) => {
    const path = parent ? `${parent}.${spec.name}` : spec.name;
    const here: PlannedProperty = event === undefined ? { spec, path } : { spec, path, event };
    const items = spec.items ? propertiesOf(spec.items.properties, `${path}[]`, event) : [];
    return [here, ...propertiesOf(spec.properties, path, event), ...items];
  });
}

/** The convention most property keys already follow, for a plan that names none. */
function prevailingConvention(properties: readonly PlannedProperty[]): NamingConvention | undefined {
  let best: NamingConvention | undefined;
  let bestCount = 0;
  for (const convention of PROPERTY_CONVENTIONS) {
    const count = properties.filter((property) => checkName(property.spec.name, convention)).length;
    if (count > bestCount) {
      best = convention;
      bestCount = count;
    }
  }
  return best;
}

function namingFindings(plan: Plan, events: readonly PlannedEvent[], properties: readonly PlannedProperty[]): PlanLintFinding[] {
  const findings: PlanLintFinding[] = [];
  const eventConvention = plan.conventions.event ?? 'object-action';
  for (const event of events) {
    if (checkName(event.name, eventConvention)) continue;
    const suggestion = suggestName(event.name, eventConvention);
    findings.push(
      finding('naming', 'warning', event.location, `event ${JSON.stringify(event.name)} does not follow ${describeConvention(eventConvention)}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`, { event: event.name }),
    );
  }
  const propertyConvention = plan.conventions.property ?? prevailingConvention(properties);
  if (!propertyConvention) return findings;
  const why = plan.conventions.property ? describeConvention(propertyConvention) : `${describeConvention(propertyConvention)}, like most properties of the plan`;
  for (const { spec, path, event } of properties) {
    if (checkName(spec.name, propertyConvention) || dynamicKeyValue(spec.name)) continue;
    const suggestion = suggestName(spec.name, propertyConvention);
    const subject = event === undefined ? `common property ${JSON.stringify(path)}` : `property ${JSON.stringify(path)} of ${JSON.stringify(event)}`;
    findings.push(
      finding('naming', 'warning', spec.location, `${subject} does not follow ${why}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`, {
        ...(event === undefined ? {} : { event }),
        property: path,
      }),
    );
  }
  return findings;
}

function questionFindings(plan: Plan, events: readonly PlannedEvent[]): PlanLintFinding[] {
  const findings = plan.questions
    .filter((question) => question.events.length === 0)
    .map((question) => finding('empty-question', 'warning', question.location, `question ${JSON.stringify(question.id)} lists no events: nothing would answer it`));
  if (plan.questions.length === 0) return findings;
  const answering = new Set(plan.questions.flatMap((question) => question.events));
  for (const event of events) {
    if (answering.has(event.name)) continue;
    findings.push(finding('no-question', 'warning', event.location, `event ${JSON.stringify(event.name)} answers none of the plan's questions: add it to one, or drop it`, { event: event.name }));
  }
  return findings;
}

function duplicateFindings(events: readonly PlannedEvent[]): PlanLintFinding[] {
  const findings: PlanLintFinding[] = [];
  const shapes = events.map((event) => shapeOf(event.name));
  events.forEach((later, index) => {
    for (let previous = 0; previous < index; previous++) {
      const earlier = events[previous] as PlannedEvent;
      const reason = duplicateReason(shapes[previous] as NameShape, shapes[index] as NameShape);
      if (!reason) continue;
      findings.push(
        finding('near-duplicate', 'warning', later.location, `event ${JSON.stringify(later.name)} looks like ${JSON.stringify(earlier.name)} (line ${earlier.location.line}): ${reason}; keep one name`, { event: later.name }),
      );
      return;
    }
  });
  return findings;
}

function valueFindings(events: readonly PlannedEvent[]): PlanLintFinding[] {
  const findings: PlanLintFinding[] = [];
  const reported = new Set<string>();
  for (const event of events) {
    const value = valueIn(event.name);
    if (!value) continue;
    reported.add(event.name);
    const severity = value.kind === 'placeholder' ? 'error' : 'warning';
    findings.push(
      finding('value-in-name', severity, event.location, `event ${JSON.stringify(event.name)} has ${VALUE_WORDING[value.kind]} (${JSON.stringify(value.text)}) in its name: send it as a property of one event`, { event: event.name }),
    );
  }
  const byName = new Map(events.map((event) => [event.name, event]));
  for (const family of nameFamilies(events.map((event) => event.name))) {
    family.members.forEach((name, index) => {
      const event = byName.get(name);
      if (!event || reported.has(name)) return;
      reported.add(name);
      const others = family.members.filter((other) => other !== name).map((other) => JSON.stringify(other));
      findings.push(
        finding(
          'value-in-name',
          'warning',
          event.location,
          `event ${JSON.stringify(name)} differs from ${others.join(', ')} only by ${JSON.stringify(family.values[index])}: a value that belongs in a property of one event${family.common ? ` (${JSON.stringify(family.common)})` : ''}`,
          { event: name },
        ),
      );
    });
  }
  return findings;
}

function dynamicKeyFindings(properties: readonly PlannedProperty[]): PlanLintFinding[] {
  return properties.flatMap(({ spec, path, event }) => {
    const value = dynamicKeyValue(spec.name);
    if (!value) return [];
    const severity = value.kind === 'placeholder' ? 'error' : 'warning';
    return [
      finding('dynamic-property-key', severity, spec.location, `property key ${JSON.stringify(path)} looks built at runtime (${VALUE_WORDING[value.kind]}, ${JSON.stringify(value.text)}): use a fixed key and send the value in it`, {
        ...(event === undefined ? {} : { event }),
        property: path,
      }),
    ];
  });
}

/** The plan checked against its own conventions and the practices of tracking plans, sorted by position. */
export function lintPlan(plan: Plan): PlanLintFinding[] {
  const active = plan.events.filter((event) => event.deprecated === undefined);
  const properties = [...propertiesOf(plan.commonProperties, '', undefined), ...active.flatMap((event) => propertiesOf(event.properties, '', event.name))];
  return [...namingFindings(plan, active, properties), ...questionFindings(plan, active), ...duplicateFindings(active), ...valueFindings(active), ...dynamicKeyFindings(properties)].sort(
    (a, b) =>
      compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodeUnits(a.rule, b.rule) || compareCodeUnits(a.message, b.message),
  );
}
