import { UserError } from '../errors.js';
import { parseLocatedYaml, type DocumentPath, type LocatedDocument } from '../util/located-document.js';
import { closest, compareCodeUnits } from '../util/suggest.js';
import { FINDING_KINDS, type Finding, type FindingKind } from './types.js';
import { isObject } from '../util/guards.js';

/** How many findings of one kind, file, event and property were accepted; never a line, so moving code keeps it. */
export interface BaselineEntry {
  file: string;
  kind: FindingKind;
  event?: string;
  property?: string;
  count: number;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export interface BaselineComparison {
  fresh: Finding[];
  known: Finding[];
  fixed: BaselineEntry[];
}

type Identity = Omit<BaselineEntry, 'count'>;

const ENTRY_KEYS = ['file', 'kind', 'event', 'property', 'count'] as const;
const TOP_KEYS = ['version', 'findings'] as const;
const REGENERATE = 'Regenerate it with `trackplan check --update-baseline`.';

export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { ...identityOf(finding), count: 1 });
  }
  return { version: 1, findings: [...counts.values()].sort(compareEntries) };
}

/**
 * Splits findings into those the baseline accepts and fresh ones. When a group has more findings than the baseline
 * counted, all of its findings are fresh, as ESLint's bulk suppressions do: without lines, which one is new is unknowable.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineComparison {
  const allowed = new Map(baseline.findings.map((entry) => [keyOf(entry), entry.count]));
  const keys = findings.map(keyOf);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const fresh: Finding[] = [];
  const known: Finding[] = [];
  findings.forEach((finding, index) => {
    const key = keys[index] ?? '';
    ((counts.get(key) ?? 0) <= (allowed.get(key) ?? 0) ? known : fresh).push(finding);
  });
  const fixed = baseline.findings.flatMap((entry) => {
    const remaining = counts.get(keyOf(entry)) ?? 0;
    return remaining < entry.count ? [{ ...entry, count: entry.count - remaining }] : [];
  });
  return { fresh, known, fixed };
}

export function formatBaseline(baseline: Baseline): string {
  const findings = mergeDuplicates(baseline.findings).map((entry) =>
    Object.fromEntries(ENTRY_KEYS.flatMap((key) => (entry[key] === undefined ? [] : [[key, entry[key]]]))),
  );
  return `${JSON.stringify({ version: 1, findings }, null, 2)}\n`;
}

/** Reads a baseline file; every mistake is a UserError at its line and column. */
export function parseBaseline(text: string, displayPath: string): Baseline {
  const document = parseLocatedYaml(text, displayPath);
  const root = document.value;
  if (root === null || root === undefined) fail(document, [], 'the baseline is empty');
  if (!isObject(root)) fail(document, [], 'the baseline must be a JSON object with "version": 1 and "findings"');
  rejectUnknownKeys(document, [], root, TOP_KEYS);
  if (root.version !== 1) {
    fail(document, 'version' in root ? ['version'] : [], `the baseline must have "version": 1, found ${describe(root.version)}`);
  }
  if (!Array.isArray(root.findings)) fail(document, 'findings' in root ? ['findings'] : [], `"findings" must be a list, found ${describe(root.findings)}`);
  const findings = root.findings.map((entry: unknown, index) => parseEntry(document, ['findings', index], entry));
  return { version: 1, findings: mergeDuplicates(findings) };
}

function parseEntry(document: LocatedDocument, path: DocumentPath, entry: unknown): BaselineEntry {
  if (!isObject(entry)) fail(document, path, `each baseline entry must be an object, found ${describe(entry)}`);
  rejectUnknownKeys(document, path, entry, ENTRY_KEYS);
  const { file, kind, event, property, count } = entry;
  if (typeof file !== 'string' || file === '') fail(document, at(path, entry, 'file'), `"file" must be a non-empty string, found ${describe(file)}`);
  if (!FINDING_KINDS.includes(kind as FindingKind)) {
    const suggestion = typeof kind === 'string' ? closest(kind, FINDING_KINDS) : undefined;
    fail(document, at(path, entry, 'kind'), `"kind" must be a finding kind, found ${describe(kind)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  }
  for (const [key, value] of [['event', event], ['property', property]] as const) {
    if (value !== undefined && typeof value !== 'string') fail(document, [...path, key], `"${key}" must be a string, found ${describe(value)}`);
  }
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    fail(document, at(path, entry, 'count'), `"count" must be a whole number of at least 1, found ${describe(count)}`);
  }
  return identityWithCount({ file, kind: kind as FindingKind, event: event as string | undefined, property: property as string | undefined }, count);
}

function rejectUnknownKeys(document: LocatedDocument, path: DocumentPath, value: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(value).find((key) => !known.includes(key));
  if (unknown === undefined) return;
  const suggestion = closest(unknown, known);
  const location = document.locate([...path, unknown], 'key');
  throw new UserError(`unknown key "${unknown}" in the baseline${suggestion ? `; did you mean "${suggestion}"?` : ''}`, {
    location: { file: location.file, line: location.line, column: location.column },
    hint: `Known keys: ${known.join(', ')}. ${REGENERATE}`,
  });
}

function fail(document: LocatedDocument, path: DocumentPath, message: string): never {
  const location = document.locate(path);
  throw new UserError(message, { location: { file: location.file, line: location.line, column: location.column }, hint: REGENERATE });
}

function at(path: DocumentPath, entry: Record<string, unknown>, key: string): DocumentPath {
  return key in entry ? [...path, key] : path;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

function identityOf(item: Identity): Identity {
  return {
    file: item.file,
    kind: item.kind,
    ...(item.event === undefined ? {} : { event: item.event }),
    ...(item.property === undefined ? {} : { property: item.property }),
  };
}

function identityWithCount(identity: Identity, count: number): BaselineEntry {
  return { ...identityOf(identity), count };
}

function keyOf(item: Identity): string {
  return JSON.stringify([item.file, item.kind, item.event ?? null, item.property ?? null]);
}

/** Sums entries that name the same findings, as a hand-resolved merge conflict may leave them. */
function mergeDuplicates(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const merged = new Map<string, BaselineEntry>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const existing = merged.get(key);
    merged.set(key, identityWithCount(entry, (existing?.count ?? 0) + entry.count));
  }
  return [...merged.values()].sort(compareEntries);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    compareCodeUnits(a.file, b.file) ||
    compareCodeUnits(a.kind, b.kind) ||
    compareCodeUnits(a.event ?? '', b.event ?? '') ||
    compareCodeUnits(a.property ?? '', b.property ?? '') ||
    (a.event === undefined ? 0 : 1) - (b.event === undefined ? 0 : 1) ||
    (a.property === undefined ? 0 : 1) - (b.property === undefined ? 0 : 1)
  );
}
