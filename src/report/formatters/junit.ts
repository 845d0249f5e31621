import { ruleId } from '../kind-docs.js';
import type { Finding, Report, ReportEvent, SourceLocation } from '../types.js';

interface TestCase {
  classname: string;
  name: string;
  location?: SourceLocation;
  failure?: { type: string; message: string; detail: string };
  skipped?: string;
  output?: string;
}

interface TestSuite {
  name: string;
  properties: [string, string][];
  cases: TestCase[];
}

/**
 * JUnit XML for CI systems that show test reports: a test case per planned event (failing when unimplemented) and per
 * other finding (failing when it is an error; a warning passes with its message as output).
 */
export function formatJunit(report: Report): string {
  const suites: TestSuite[] = [
    { name: 'trackplan: planned events', properties: coverageProperties(report), cases: eventCases(report) },
    { name: 'trackplan: findings', properties: [], cases: report.findings.filter((finding) => finding.kind !== 'unimplemented').map(findingCase) },
  ];
  const all = suites.flatMap((suite) => suite.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="trackplan" ${countAttributes(all)}>`,
    ...suites.flatMap(suiteLines),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function coverageProperties(report: Report): [string, string][] {
  const { summary } = report;
  return [
    ['coverage', summary.coverage === null ? 'n/a' : String(summary.coverage)],
    ['planned', String(summary.planned)],
    ['implemented', String(summary.implemented)],
    ...report.questions.map((q): [string, string] => [`question ${q.name}`, `${q.implemented}/${q.planned}${q.answerable ? ' answerable' : ''}`]),
    ...report.owners.map((o): [string, string] => [`owner ${o.name}`, `${o.implemented}/${o.planned}`]),
  ];
}

function eventCases(report: Report): TestCase[] {
  const unimplemented = new Map(report.findings.filter((finding) => finding.kind === 'unimplemented').map((finding) => [finding.event, finding]));
  return report.events
    .filter((event) => event.status !== 'undeclared')
    .map((event) => {
      const testCase: TestCase = { classname: 'trackplan.events', name: event.name, location: event.location };
      if (event.status === 'unimplemented') {
        const finding = unimplemented.get(event.name);
        const message = finding?.message ?? `"${event.name}" is planned but never sent`;
        const location = finding ?? event.location;
        return { ...testCase, location, failure: { type: 'trackplan/unimplemented', message, detail: detailOf(location, message) } };
      }
      const skipped = skipReason(event);
      return skipped === undefined ? testCase : { ...testCase, skipped };
    });
}

function skipReason(event: ReportEvent): string | undefined {
  if (event.status === 'deprecated') return event.deprecated === true || event.deprecated === undefined ? 'deprecated' : `deprecated: ${event.deprecated}`;
  if (event.status === 'external') return 'sent by another source';
  return undefined;
}

function findingCase(finding: Finding): TestCase {
  const testCase: TestCase = {
    classname: `trackplan.${finding.kind}`,
    name: [`${finding.file}:${finding.line}:${finding.column}`, finding.event, finding.property].filter(Boolean).join(' '),
    location: finding,
  };
  const detail = detailOf(finding, finding.message);
  if (finding.severity === 'warning') return { ...testCase, output: `warning: ${detail}` };
  return { ...testCase, failure: { type: ruleId(finding.kind), message: finding.message, detail } };
}

function detailOf(location: SourceLocation | undefined, message: string): string {
  return location ? `${location.file}:${location.line}:${location.column}: ${message}` : message;
}

function countAttributes(cases: readonly TestCase[]): string {
  const failures = cases.filter((testCase) => testCase.failure).length;
  const skipped = cases.filter((testCase) => testCase.skipped !== undefined).length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

function suiteLines(suite: TestSuite): string[] {
  const properties =
    suite.properties.length === 0
      ? []
      : ['    <properties>', ...suite.properties.map(([name, value]) => `      <property name="${escapeXml(name)}" value="${escapeXml(value)}"/>`), '    </properties>'];
  return [`  <testsuite name="${escapeXml(suite.name)}" ${countAttributes(suite.cases)}>`, ...properties, ...suite.cases.flatMap(caseLines), '  </testsuite>'];
}

function caseLines(testCase: TestCase): string[] {
  const where = testCase.location ? ` file="${escapeXml(testCase.location.file)}" line="${testCase.location.line}"` : '';
  const open = `    <testcase classname="${escapeXml(testCase.classname)}" name="${escapeXml(testCase.name)}"${where}`;
  const body = [
    ...(testCase.failure
      ? [`      <failure type="${escapeXml(testCase.failure.type)}" message="${escapeXml(testCase.failure.message)}">${escapeXml(testCase.failure.detail)}</failure>`]
      : []),
    ...(testCase.skipped !== undefined ? [`      <skipped message="${escapeXml(testCase.skipped)}"/>`] : []),
    ...(testCase.output !== undefined ? [`      <system-out>${escapeXml(testCase.output)}</system-out>`] : []),
  ];
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}

const NOT_XML_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Hand-written rather than xmlbuilder2 (four runtime dependencies) because the document has one fixed shape and its only
 * variable parts are attribute values and text: those get the five entities, white space as character references so
 * attribute normalization keeps it, and U+FFFD for what XML 1.0 cannot carry at all (control characters, lone surrogates).
 */
function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHARACTER, '\ufffd').replace(/[&<>"'\t\n\r]/g, (character) => XML_ESCAPES[character] ?? character);
}
