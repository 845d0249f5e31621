import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/report/formatters/junit.js';
import { EDITOR_FILE, finding, HOSTILE, PLAN_FILE, SIGNUP_FILE, sampleReport } from './sample-report.js';

/** XML 1.0's Char production: anything outside it makes a document not well-formed, even as a character reference. */
const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

function parseXml(xml: string): Element {
  expect(XML_CHAR.test(xml)).toBe(true);
  expect(xml).not.toMatch(/&#x?0*([0-8]|1[1-2]|1[4-9]|2\d|3[01]);/);
  const document = new DOMParser({
    // A warning only notes the U+FFFD that stands for characters XML cannot carry.
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  const root = document.documentElement;
  if (!root) throw new Error('no root element');
  return root;
}

function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).tagName === name);
}

function attributes(element: Element): Record<string, string> {
  return Object.fromEntries(Array.from(element.attributes).map((attribute) => [attribute.name, attribute.value]));
}

function describeCase(testCase: Element): string[] {
  const [failure] = children(testCase, 'failure');
  const [skipped] = children(testCase, 'skipped');
  const [output] = children(testCase, 'system-out');
  const { classname = '', name = '', file = '', line = '' } = attributes(testCase);
  const outcome = failure
    ? `failure ${failure.getAttribute('type')}: ${failure.textContent}`
    : skipped
      ? `skipped: ${skipped.getAttribute('message')}`
      : output
        ? `output: ${output.textContent}`
        : 'passed';
  return [classname, name, `${file}:${line}`, outcome];
}

describe('formatJunit', () => {
  const root = parseXml(formatJunit(sampleReport()));
  const suites = children(root, 'testsuite');

  it('counts tests, failures and skips per suite and in total', () => {
    expect(root.tagName).toBe('testsuites');
    expect(attributes(root)).toEqual({ name: 'trackplan', tests: '15', failures: '7', errors: '0', skipped: '2' });
    expect(suites.map(attributes)).toEqual([
      { name: 'trackplan: planned events', tests: '6', failures: '2', errors: '0', skipped: '2' },
      { name: 'trackplan: findings', tests: '9', failures: '5', errors: '0', skipped: '0' },
    ]);
  });

  it('has a test case per planned event, failing at the plan key when unimplemented', () => {
    const events = suites[0];
    if (!events) throw new Error('no events suite');
    expect(children(events, 'testcase').map(describeCase)).toEqual([
      ['trackplan.events', 'Account Created', `${PLAN_FILE}:5`, 'passed'],
      ['trackplan.events', 'App Installed', `${PLAN_FILE}:25`, 'skipped: sent by another source'],
      ['trackplan.events', 'Integration Enabled', `${PLAN_FILE}:12`, 'passed'],
      ['trackplan.events', 'Legacy Signup', `${PLAN_FILE}:28`, 'skipped: deprecated: Use Account Created'],
      [
        'trackplan.events',
        'Workspace Upgraded',
        `${PLAN_FILE}:31`,
        `failure trackplan/unimplemented: ${PLAN_FILE}:31:3: "Workspace Upgraded" is planned but never sent`,
      ],
      ['trackplan.events', HOSTILE, `${PLAN_FILE}:40`, `failure trackplan/unimplemented: ${PLAN_FILE}:40:3: "${HOSTILE}" is planned but never sent`],
    ]);
    const [failure] = children(children(events, 'testcase')[5] as Element, 'failure');
    expect(failure?.getAttribute('message')).toBe(`"${HOSTILE}" is planned but never sent`);
  });

  it('carries coverage by question and owner as suite properties', () => {
    const [properties] = children(suites[0] as Element, 'properties');
    expect(children(properties as Element, 'property').map((property) => [property.getAttribute('name'), property.getAttribute('value')])).toEqual([
      ['coverage', '0.5'],
      ['planned', '4'],
      ['implemented', '2'],
      ['question activation', '2/2 answerable'],
      ['question retention', '1/3'],
      ['owner @growth', '2/2'],
      ['owner billing', '0/2'],
    ]);
  });

  it('has a test case per other finding location: errors fail, warnings pass with their message', () => {
    const findings = suites[1];
    if (!findings) throw new Error('no findings suite');
    expect(children(findings, 'testcase').map(describeCase)).toEqual([
      ['trackplan.parse-error', 'app/legacy/old #1.js:12:9', 'app/legacy/old #1.js:12', 'output: warning: app/legacy/old #1.js:12:9: Unexpected token'],
      [
        'trackplan.dynamic',
        `${EDITOR_FILE}:54:30`,
        `${EDITOR_FILE}:54`,
        `failure trackplan/dynamic: ${EDITOR_FILE}:54:30: the event name is built at run time: a template with expressions`,
      ],
      [
        'trackplan.undeclared',
        `${EDITOR_FILE}:88:22 Note Shared`,
        `${EDITOR_FILE}:88`,
        `failure trackplan/undeclared: ${EDITOR_FILE}:88:22: "Note Shared" is not in the plan; did you mean "Note Shared With Team"?`,
      ],
      ['trackplan.naming', `${EDITOR_FILE}:102:22 Note Shared`, `${EDITOR_FILE}:102`, `output: warning: ${EDITOR_FILE}:102:22: "Note Shared" is not object-action Title Case`],
      [
        'trackplan.undeclared',
        `${EDITOR_FILE}:102:22 Note Shared`,
        `${EDITOR_FILE}:102`,
        `failure trackplan/undeclared: ${EDITOR_FILE}:102:22: "Note Shared" is not in the plan; did you mean "Note Shared With Team"?`,
      ],
      [
        'trackplan.deprecated',
        `${SIGNUP_FILE}:3:19 Legacy Signup`,
        `${SIGNUP_FILE}:3`,
        `output: warning: ${SIGNUP_FILE}:3:19: "Legacy Signup" is deprecated: Use Account Created`,
      ],
      [
        'trackplan.property-missing',
        `${SIGNUP_FILE}:9:40 Account Created referrer`,
        `${SIGNUP_FILE}:9`,
        `failure trackplan/property-missing: ${SIGNUP_FILE}:9:40: Account Created: required "referrer" is missing`,
      ],
      [
        'trackplan.property-undeclared',
        `${SIGNUP_FILE}:9:42 Account Created ${HOSTILE}`,
        `${SIGNUP_FILE}:9`,
        `output: warning: ${SIGNUP_FILE}:9:42: Account Created: "${HOSTILE}" is not a planned property`,
      ],
      [
        'trackplan.property-type',
        `${SIGNUP_FILE}:9:52 Account Created plan`,
        `${SIGNUP_FILE}:9`,
        `failure trackplan/property-type: ${SIGNUP_FILE}:9:52: Account Created: plan is a number, the plan says string`,
      ],
    ]);
  });

  it('stays well-formed with markup, quotes, control characters and lone surrogates in names', () => {
    const name = `</testcase><x a="1">'&amp;\u0000\u001b\r\n\t\ud800]]>`;
    const report = sampleReport({
      events: [],
      findings: [finding('undeclared', { file: `src/${name}.ts`, line: 2, column: 3, endLine: 2, endColumn: 9 }, `"${name}" is not in the plan`, { event: name })],
    });
    const xml = formatJunit(report);
    const [testCase] = children(children(parseXml(xml), 'testsuite')[1] as Element, 'testcase');
    const shown = `</testcase><x a="1">'&amp;\ufffd\ufffd\r\n\t\ufffd]]>`;
    expect(testCase?.getAttribute('name')).toBe(`src/${shown}.ts:2:3 ${shown}`);
    expect(children(testCase as Element, 'failure')[0]?.textContent).toBe(`src/${shown}.ts:2:3: "${shown}" is not in the plan`);
  });
});
