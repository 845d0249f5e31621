import { DEFAULT_SEVERITIES } from '../../config/defaults.js';
import { compareFindings } from '../../diff/diff.js';
import { kindDocsUrl, ruleId } from '../kind-docs.js';
import { createHash } from 'node:crypto';
import type { Log, Region, ReportingDescriptor, Result } from 'sarif';
import { FINDING_KINDS, type Finding, type FindingKind, type Report } from '../types.js';

export const SARIF_FINGERPRINT_KEY = 'trackplanFinding/v1';

const INFORMATION_URI = 'https://github.com/trackplan/trackplan';
const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const ROOT_BASE_ID = '%SRCROOT%';

interface RuleText {
  name: string;
  short: string;
  full: string;
}

const RULE_TEXTS: Record<FindingKind, RuleText> = {
  unimplemented: {
    name: 'UnimplementedEvent',
    short: 'A planned event is never sent.',
    full: 'An event of the tracking plan, in this source and not deprecated, has no call site in the code; the result points at its key in the plan file.',
  },
  undeclared: {
    name: 'UndeclaredEvent',
    short: 'The code sends an event that the plan does not declare.',
    full: 'A call site sends an event name that is not in the tracking plan; when a planned name is close, it is suggested.',
  },
  dynamic: {
    name: 'DynamicEventName',
    short: 'An event name is not statically known.',
    full: 'A call site builds its event name at run time, so it cannot be checked against the plan; declare what it sends with a "// trackplan-events:" comment.',
  },
  deprecated: {
    name: 'DeprecatedEvent',
    short: 'The code sends an event that the plan marks deprecated.',
    full: 'A call site sends an event that the tracking plan marks deprecated, usually with a replacement.',
  },
  'property-missing': {
    name: 'MissingRequiredProperty',
    short: 'A required property is not sent.',
    full: 'A call site of a planned event does not send a property that the plan marks required.',
  },
  'property-undeclared': {
    name: 'UndeclaredProperty',
    short: 'A property is sent that the plan does not declare.',
    full: 'A call site sends a property that is neither planned for its event nor one of the common properties.',
  },
  'property-type': {
    name: 'PropertyTypeMismatch',
    short: 'A property value does not match its planned type.',
    full: 'A call site sends a property value of another type than the plan says, outside its enum, or not an integer.',
  },
  naming: {
    name: 'NamingConvention',
    short: 'An event or property name breaks the naming convention.',
    full: "An event or property name does not follow the plan's naming conventions.",
  },
  'parse-error': {
    name: 'ParseError',
    short: 'A source file could not be parsed.',
    full: 'A source file could not be parsed; its literal call sites were still found by a text scan, so its events are not reported unimplemented.',
  },
};

/** The severity a kind has unless the config says otherwise, as the CLI and the ESLint plugin rate it. */
function defaultLevel(kind: FindingKind): 'error' | 'warning' | 'none' {
  const severity = DEFAULT_SEVERITIES[kind];
  return severity === 'off' ? 'none' : severity;
}

/** SARIF 2.1.0 for code scanning, typed with @types/sarif (the schema's own TypeScript mirror). */
export function formatSarif(report: Report): string {
  const log: Log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'trackplan',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: FINDING_KINDS.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [ROOT_BASE_ID]: { description: { text: 'The root directory trackplan scanned.' } } },
        columnKind: 'utf16CodeUnits',
        results: resultsOf(report.findings),
        properties: coverageProperties(report),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(kind: FindingKind): ReportingDescriptor {
  const text = RULE_TEXTS[kind];
  return {
    id: ruleId(kind),
    name: text.name,
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    helpUri: kindDocsUrl(kind),
    help: { text: `${text.full} See ${kindDocsUrl(kind)}.` },
    defaultConfiguration: { level: defaultLevel(kind) },
  };
}

function resultsOf(findings: readonly Finding[]): Result[] {
  const sorted = [...findings].sort(compareFindings);
  const occurrences = new Map<string, number>();
  return sorted.map((finding) => {
    const identity = JSON.stringify([finding.kind, finding.file, finding.event ?? null, finding.property ?? null]);
    const occurrence = occurrences.get(identity) ?? 0;
    occurrences.set(identity, occurrence + 1);
    return {
      ruleId: ruleId(finding.kind),
      ruleIndex: FINDING_KINDS.indexOf(finding.kind),
      level: finding.severity,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodePath(finding.file), uriBaseId: ROOT_BASE_ID },
            region: regionOf(finding),
          },
        },
      ],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: fingerprint(identity, occurrence) },
    };
  });
}

/** Per segment, so that a name like "a:b" or "#1" stays one relative path and never reads as a scheme or fragment. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function regionOf(finding: Finding): Region {
  const start = { startLine: finding.line, startColumn: finding.column };
  const endsAfterStart = finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column);
  return endsAfterStart ? { ...start, endLine: finding.endLine, endColumn: finding.endColumn } : start;
}

/** The line is left out on purpose: code scanning keeps an alert open while lines above it move. */
function fingerprint(identity: string, occurrence: number): string {
  return createHash('sha256').update(`${identity}#${occurrence}`).digest('hex');
}

function coverageProperties(report: Report): Record<string, unknown> {
  const { planned, implemented, coverage } = report.summary;
  return {
    planned,
    implemented,
    coverage,
    questions: report.questions.map(({ name, planned, implemented, answerable }) => ({ name, planned, implemented, answerable })),
    owners: report.owners.map(({ name, planned, implemented }) => ({ name, planned, implemented })),
  };
}
