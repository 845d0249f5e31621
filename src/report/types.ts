import type { EnumValue, PropertyType } from '../plan/types.js';

export const FINDING_KINDS = [
  'unimplemented',
  'undeclared',
  'dynamic',
  'deprecated',
  'property-missing',
  'property-undeclared',
  'property-type',
  'naming',
  'parse-error',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export type Severity = 'error' | 'warning';

export type SeveritySetting = Severity | 'off';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SourceLocation extends Span {
  file: string;
}

export type Via = 'direct' | 'wrapper' | 'forward';

export type Resolution = 'literal' | 'constant' | 'import' | 'directive' | 'types' | 'dynamic';

export interface ReportCallSite extends SourceLocation {
  callee: string;
  via: Via;
  names: string[];
  resolution: Resolution;
  reason?: string;
  pattern?: string;
  properties?: string[];
  recovered?: true;
}

export interface Finding extends SourceLocation {
  kind: FindingKind;
  severity: Severity;
  message: string;
  event?: string;
  property?: string;
  suggestion?: string;
  reason?: string;
  pattern?: string;
  mayMatch?: string[];
  expected?: string;
  actual?: string;
}

export interface ReportProperty {
  name: string;
  types: PropertyType[];
  required: boolean;
  description?: string;
  enum?: EnumValue[];
}

export type EventStatus = 'implemented' | 'unimplemented' | 'undeclared' | 'deprecated' | 'external';

export interface ReportEvent {
  name: string;
  status: EventStatus;
  description?: string;
  owners?: string[];
  questions?: string[];
  deprecated?: string | true;
  location?: SourceLocation;
  /** The planned properties, sorted by name; absent when the plan leaves them unchecked. */
  properties?: ReportProperty[];
  callSites: SourceLocation[];
}

export interface CoverageGroup {
  name: string;
  planned: number;
  implemented: number;
  coverage: number | null;
  missing: string[];
}

export interface QuestionCoverage extends CoverageGroup {
  question?: string;
  metrics: string[];
  answerable: boolean;
}

export interface Summary {
  planned: number;
  implemented: number;
  unimplemented: number;
  undeclared: number;
  dynamic: number;
  coverage: number | null;
  files: number;
  filesParsed: number;
  modulesParsed: number;
  callSites: number;
}

/** Something the scan passed over without it being a finding (a file too large, unreadable, binary). */
export interface Notice {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface Report {
  version: 1;
  tool: { name: 'trackplan'; version: string };
  root: string;
  plan: string;
  summary: Summary;
  questions: QuestionCoverage[];
  owners: CoverageGroup[];
  events: ReportEvent[];
  callSites: ReportCallSite[];
  findings: Finding[];
  notices: Notice[];
  /** With --baseline: findings it accepts are left out of `findings` and counted here. */
  baseline?: { file: string; known: number; fixed: { file: string; kind: FindingKind; event?: string; property?: string; count: number }[] };
  /** With --changed-since: findings are those of the changed files, and the events the change leaves unimplemented. */
  changedSince?: { ref: string; files: number };
  outcome: Outcome;
}

export type FailOn = { kind: 'none' } | { kind: 'severity'; severity: Severity } | { kind: 'kinds'; kinds: FindingKind[] };

export interface Outcome {
  failed: boolean;
  failOn: string;
  minCoverage?: number;
  failingFindings: Partial<Record<FindingKind, number>>;
  belowMinCoverage: boolean;
}
