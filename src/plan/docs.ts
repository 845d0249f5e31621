import type { EventStatus, Report, ReportEvent, SourceLocation } from '../report/types.js';
import { percent } from '../report/summary-text.js';
import { escapeMarkdown as md } from './markdown.js';
import type { Plan, PlannedEvent, PropertySpec, Question } from './types.js';

const STATUS_WORDS: Record<EventStatus, string> = {
  implemented: 'implemented',
  unimplemented: 'not implemented yet',
  undeclared: 'sent but not planned',
  deprecated: 'deprecated',
  external: 'sent by another source',
};

const MAX_PLACES = 10;

function typeOf(spec: PropertySpec): string {
  const types = spec.types.map((type) => (type === 'array' && spec.items ? `array of ${spec.items.types.join(' or ')}` : type)).join(' or ');
  return spec.enum ? `${types}, one of: ${spec.enum.map((value) => JSON.stringify(value)).join(', ')}` : types;
}

function propertyRows(properties: Record<string, PropertySpec> | undefined, parent: string): string[] {
  return Object.values(properties ?? {}).flatMap((spec) => {
    const name = parent ? `${parent}.${spec.name}` : spec.name;
    const row = `| ${md(name)} | ${md(typeOf(spec))} | ${spec.required ? 'yes' : 'no'} | ${md(spec.description ?? '')} |`;
    return [row, ...propertyRows(spec.properties, name), ...propertyRows(spec.items?.properties, `${name}[]`)];
  });
}

function propertiesTable(properties: Record<string, PropertySpec>): string[] {
  if (Object.keys(properties).length === 0) return ['No properties: the event is sent without any.'];
  return ['| Property | Type | Required | Description |', '| --- | --- | --- | --- |', ...propertyRows(properties, '')];
}

function place(location: SourceLocation): string {
  return md(`${location.file}:${location.line}:${location.column}`);
}

function statusLine(event: ReportEvent | undefined): string | undefined {
  if (!event) return undefined;
  const places = event.callSites.slice(0, MAX_PLACES).map(place);
  const more = event.callSites.length > MAX_PLACES ? `, and ${event.callSites.length - MAX_PLACES} more` : '';
  return `- **Status:** ${STATUS_WORDS[event.status]}${places.length > 0 ? `, sent from ${places.join(', ')}${more}` : ''}`;
}

function eventSection(event: PlannedEvent, plan: Plan, reported: ReportEvent | undefined): string[] {
  const questions = plan.questions.filter((question) => question.events.includes(event.name)).map((question) => md(question.id));
  const facts = [
    event.owners.length > 0 ? `- **Owner:** ${event.owners.map(md).join(', ')}` : undefined,
    statusLine(reported),
    event.where.length > 0 ? `- **Where in the code:** ${event.where.map(md).join(', ')}` : undefined,
    event.sources ? `- **Sources:** ${event.sources.map(md).join(', ')}` : undefined,
    event.deprecated !== undefined ? `- **Deprecated**${event.deprecated === true ? '' : `: ${md(event.deprecated)}`}` : undefined,
    questions.length > 0 ? `- **Answers:** ${questions.join(', ')}` : undefined,
  ].filter((line): line is string => line !== undefined);
  const properties = event.properties ? propertiesTable(event.properties) : ['Its properties are not specified.'];
  return [`### ${md(event.name)}`, '', ...(event.description ? [md(event.description), ''] : []), ...(facts.length > 0 ? [...facts, ''] : []), ...properties, ''];
}

function questionSection(question: Question, report: Report | undefined, statuses: ReadonlyMap<string, ReportEvent>): string[] {
  const coverage = report?.questions.find((candidate) => candidate.name === question.id);
  const lines = [`### ${md(question.question ?? question.id)}`, ''];
  if (question.question) lines.push(`Question \`${question.id.replace(/`/g, "'")}\`.`, '');
  if (question.metrics.length > 0) lines.push(`**Metrics:** ${question.metrics.map(md).join(', ')}`, '');
  if (coverage) lines.push(`**Answerable now:** ${coverage.answerable ? 'yes' : `no, ${coverage.missing.length} of its ${coverage.planned} events are missing`}`, '');
  if (question.events.length === 0) return [...lines, 'No events answer it yet.', ''];
  const rows = question.events.map((name) => {
    const status = statuses.get(name)?.status;
    return report ? `| ${md(name)} | ${status ? STATUS_WORDS[status] : ''} |` : `| ${md(name)} |`;
  });
  return [...lines, report ? '| Event | Status |' : '| Event |', report ? '| --- | --- |' : '| --- |', ...rows, ''];
}

function summary(report: Report): string {
  const { planned, implemented, coverage } = report.summary;
  const share = coverage === null ? '' : ` (${percent(coverage)})`;
  return `**Coverage:** ${implemented} of ${planned} planned events are sent from the code${share}.`;
}

/** A Markdown page for stakeholders: questions → metrics → events, with properties and, given a report, where each event is sent from. */
export function planDocs(plan: Plan, report?: Report): string {
  const statuses = new Map((report?.events ?? []).map((event) => [event.name, event]));
  const lines = ['# Tracking plan', '', `The events the product sends, and why: from \`${plan.file.replace(/`/g, "'")}\`.`, ''];
  if (report) lines.push(summary(report), '');
  if (plan.questions.length > 0) {
    lines.push('## Questions', '');
    for (const question of plan.questions) lines.push(...questionSection(question, report, statuses));
  }
  lines.push('## Events', '');
  for (const event of plan.events) lines.push(...eventSection(event, plan, statuses.get(event.name)));
  if (Object.keys(plan.commonProperties).length > 0) lines.push('## Properties sent with every event', '', ...propertiesTable(plan.commonProperties), '');
  const undeclared = (report?.events ?? []).filter((event) => event.status === 'undeclared');
  if (undeclared.length > 0) {
    lines.push('## Sent but not in the plan', '');
    for (const event of undeclared) lines.push(`- ${md(event.name)}: ${event.callSites.slice(0, MAX_PLACES).map(place).join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
