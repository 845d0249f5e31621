import { FINDING_KINDS, type CoverageGroup, type Finding, type FindingKind, type QuestionCoverage, type Report } from '../types.js';
import { outcomeText, percent } from '../summary-text.js';
import { kindDocsUrl, ruleId } from '../kind-docs.js';

/** GitHub's limit for a pull-request comment body. */
export const MARKDOWN_MAX_LENGTH = 65_536;

const MARKER = '<!-- trackplan-report -->';
const MISSING_SHOWN = 5;

const KIND_TITLES: Record<FindingKind, string> = {
  unimplemented: 'Unimplemented events',
  undeclared: 'Undeclared events',
  dynamic: 'Dynamic event names',
  deprecated: 'Deprecated events',
  'property-missing': 'Missing required properties',
  'property-undeclared': 'Undeclared properties',
  'property-type': 'Property type mismatches',
  naming: 'Naming convention',
  'parse-error': 'Parse errors',
};

interface Table {
  noun: 'questions' | 'owners' | 'findings';
  intro: string[];
  rows: string[];
}

/** A pull-request comment or step summary: the answer first, then coverage by question and owner, then findings by kind. */
export function formatMarkdown(report: Report): string {
  const tables = [questionTable(report.questions), ownerTable(report.owners), ...findingTables(report.findings)].filter(
    (table): table is Table => table !== undefined,
  );
  const lines = [...headline(report)];
  if (report.findings.length === 0) lines.push('No findings.', '');
  return `${fitWithin(lines, tables, MARKDOWN_MAX_LENGTH).join('\n').trimEnd()}\n`;
}

function headline(report: Report): string[] {
  const { summary, outcome } = report;
  const title = summary.coverage === null ? 'no planned events' : `${percent(summary.coverage)} of planned events implemented`;
  const verdict = escapeMarkdown(outcomeText(outcome, summary)).replace(/^(Failed|Passed)/, '**$1**');
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const facts = [
    `${summary.implemented}/${summary.planned} planned events`,
    `${count(report.findings.length, 'finding')} (${count(errors, 'error')}, ${count(report.findings.length - errors, 'warning')})`,
    `plan <code>${escapeMarkdown(report.plan)}</code>`,
    `trackplan ${escapeMarkdown(report.tool.version)}`,
  ];
  return [MARKER, `## trackplan: ${title}`, '', `${outcome.failed ? '❌' : '✅'} ${verdict}`, '', facts.join(' · '), ''];
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

function questionTable(questions: readonly QuestionCoverage[]): Table | undefined {
  if (questions.length === 0) return undefined;
  return {
    noun: 'questions',
    intro: ['### Questions', '', '| Question | Events | Answerable | Missing |', '| --- | ---: | --- | --- |'],
    rows: questions.map((question) => {
      const asked = question.question === undefined ? '' : ` — ${escapeMarkdown(question.question)}`;
      const metrics = question.metrics.length > 0 ? ` (${question.metrics.map((metric) => escapeMarkdown(metric)).join(', ')})` : '';
      const answerable = question.answerable ? '✅ yes' : '❌ no';
      return row([`**${escapeMarkdown(question.name)}**${asked}${metrics}`, `${question.implemented}/${question.planned}`, answerable, missingList(question.missing)]);
    }),
  };
}

function ownerTable(owners: readonly CoverageGroup[]): Table | undefined {
  if (owners.length === 0) return undefined;
  return {
    noun: 'owners',
    intro: ['### Owners', '', '| Owner | Events | Coverage | Missing |', '| --- | ---: | ---: | --- |'],
    rows: owners.map((owner) =>
      row([
        escapeMarkdown(owner.name),
        `${owner.implemented}/${owner.planned}`,
        owner.coverage === null ? 'n/a' : percent(owner.coverage),
        missingList(owner.missing),
      ]),
    ),
  };
}

function findingTables(findings: readonly Finding[]): Table[] {
  return FINDING_KINDS.flatMap((kind) => {
    const ofKind = findings.filter((finding) => finding.kind === kind);
    if (ofKind.length === 0) return [];
    const rule = `[${ruleId(kind)}](${kindDocsUrl(kind)})`;
    return [
      {
        noun: 'findings' as const,
        intro: [`### ${KIND_TITLES[kind]} (${ofKind.length}) · ${rule}`, '', '| Level | Location | Event | Message |', '| --- | --- | --- | --- |'],
        rows: ofKind.map((finding) =>
          row([
            finding.severity,
            `<code>${escapeMarkdown(`${finding.file}:${finding.line}:${finding.column}`, 240)}</code>`,
            subjectOf(finding),
            escapeMarkdown(finding.message, 400),
          ]),
        ),
      },
    ];
  });
}

function subjectOf(finding: Finding): string {
  const parts = [finding.event, finding.property].filter((part): part is string => part !== undefined);
  if (parts.length > 0) return parts.map((part) => escapeMarkdown(part)).join(' · ');
  return finding.pattern === undefined ? '—' : `pattern “${escapeMarkdown(finding.pattern)}”`;
}

function missingList(names: readonly string[]): string {
  const shown = names.slice(0, MISSING_SHOWN).map((name) => escapeMarkdown(name));
  const more = names.length - shown.length;
  return [...shown, ...(more > 0 ? [`+${more} more`] : [])].join(', ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Adds whole rows while they fit, so that a cut table is still a table, and ends with what was left out. */
function fitWithin(head: string[], tables: readonly Table[], limit: number): string[] {
  const reserve = 300;
  const lines = [...head];
  let length = head.reduce((sum, line) => sum + line.length + 1, 0);
  const hidden: Record<Table['noun'], number> = { questions: 0, owners: 0, findings: 0 };
  let cut = false;
  const add = (more: readonly string[]): boolean => {
    const size = more.reduce((sum, line) => sum + line.length + 1, 0);
    if (cut || length + size + reserve > limit) return false;
    lines.push(...more);
    length += size;
    return true;
  };
  for (const table of tables) {
    const [first, ...rest] = table.rows;
    if (first === undefined || !add([...table.intro, first])) {
      cut = true;
      hidden[table.noun] += table.rows.length;
      continue;
    }
    for (const [index, line] of rest.entries()) {
      if (!add([line])) {
        cut = true;
        hidden[table.noun] += rest.length - index;
        break;
      }
    }
    lines.push('');
    length += 1;
  }
  if (!cut) return lines;
  const counts = (['findings', 'questions', 'owners'] as const).filter((noun) => hidden[noun] > 0).map((noun) => `${hidden[noun]} more ${noun}`);
  return [...lines, `**+${counts.join(', +')}** not shown: a comment is limited to ${limit.toLocaleString('en-US')} characters. The SARIF or JSON report has all of them.`];
}

const ZERO_WIDTH_SPACE = '&#8203;';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const UNSAFE =
  /:\/\/|www\.|[@#](?=[\p{L}\p{N}])|[\\`*_[\]<>&|~$\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/giu;

/**
 * Makes text from code or a plan inert in GitHub Markdown, in a table cell or inline: no HTML, emphasis, link, math or
 * cell break; no @mention or #issue reference that pings or cross-links, and no autolinked URL (a zero-width space breaks
 * each, as Renovate does in its pull requests); control, invisible and bidirectional characters shown as visible symbols.
 */
export function escapeMarkdown(text: string, maxLength = 160): string {
  const characters = Array.from(text);
  const shortened = characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : text;
  return shortened.replace(UNSAFE, (match) => {
    if (match === '://') return `:${ZERO_WIDTH_SPACE}//`;
    if (match.length === 4) return `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`;
    if (match === '@' || match === '#') return `${match}${ZERO_WIDTH_SPACE}`;
    const code = match.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    if (match === '\u2028' || match === '\u2029') return '\u2424';
    if (code >= 0x80) return '\ufffd';
    return ENTITIES[match] ?? `\\${match}`;
  });
}
