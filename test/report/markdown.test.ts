import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown, MARKDOWN_MAX_LENGTH } from '../../src/report/formatters/markdown.js';
import { RULE_DOCS_BASE_URL } from '../../src/report/kind-docs.js';
import type { Finding, Report } from '../../src/report/types.js';
import { finding, sampleReport } from './sample-report.js';

const ALLOWED_TAG = /^<(\/?(h2|h3|p|strong|table|thead|tbody|tr|th|td|code|a)|a href="[^"]*"|th align="right"|td align="right")>$/;

interface Rendered {
  html: string;
  headings: string[];
  tables: string[][][];
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Renders with marked (GitHub-flavoured) and reads back headings and table cells as the text a reader sees. */
function render(markdown: string): Rendered {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const tags = html.replace(/^<!-- trackplan-report -->\n/, '').match(/<[^>]*>/g) ?? [];
  expect(tags.filter((tag) => !ALLOWED_TAG.test(tag))).toEqual([]);
  for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href.startsWith(`href="${RULE_DOCS_BASE_URL}`)).toBe(true);
  const headings = [...html.matchAll(/<h[23]>(.*?)<\/h[23]>/g)].map((match) => decode(match[1] ?? ''));
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((cell) => decode(cell[1] ?? '')),
    ),
  );
  return { html, headings, tables };
}

const ZWSP = '\u200b';
const HOSTILE_SHOWN = `a|b<script>\`x\`@${ZWSP}team␊`;

describe('formatMarkdown', () => {
  it('leads with the coverage and the verdict, then questions, owners and findings by kind', () => {
    const markdown = formatMarkdown(sampleReport());
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '<!-- trackplan-report -->',
      '## trackplan: 50% of planned events implemented',
      '',
      '❌ **Failed**: 2 unimplemented, 2 undeclared, 1 dynamic, 1 missing property, 1 property type error (--fail-on error)',
      '',
      '2/4 planned events · 11 findings (7 errors, 4 warnings) · plan <code>plans/tracking plan.yaml</code> · trackplan 1.2.3',
      '',
    ]);
    const { headings, tables } = render(markdown);
    expect(headings).toEqual([
      'trackplan: 50% of planned events implemented',
      'Questions',
      'Owners',
      'Unimplemented events (2) · trackplan/unimplemented',
      'Undeclared events (2) · trackplan/undeclared',
      'Dynamic event names (1) · trackplan/dynamic',
      'Deprecated events (1) · trackplan/deprecated',
      'Missing required properties (1) · trackplan/property-missing',
      'Undeclared properties (1) · trackplan/property-undeclared',
      'Property type mismatches (1) · trackplan/property-type',
      'Naming convention (1) · trackplan/naming',
      'Parse errors (1) · trackplan/parse-error',
    ]);
    expect(tables[0]).toEqual([
      ['Question', 'Events', 'Answerable', 'Missing'],
      ['activation — Where are people dropping off? (Activation rate)', '2/2', '✅ yes', ''],
      [`retention — Who comes back? ${HOSTILE_SHOWN}`, '1/3', '❌ no', `Workspace Upgraded, ${HOSTILE_SHOWN}`],
    ]);
    expect(tables[1]).toEqual([
      ['Owner', 'Events', 'Coverage', 'Missing'],
      [`@${ZWSP}growth`, '2/2', '100%', ''],
      ['billing', '0/2', '0%', `Workspace Upgraded, ${HOSTILE_SHOWN}`],
    ]);
    expect(tables[2]).toEqual([
      ['Level', 'Location', 'Event', 'Message'],
      ['error', 'plans/tracking plan.yaml:31:3', 'Workspace Upgraded', '"Workspace Upgraded" is planned but never sent'],
      ['error', 'plans/tracking plan.yaml:40:3', HOSTILE_SHOWN, `"${HOSTILE_SHOWN}" is planned but never sent`],
    ]);
    expect(tables[4]?.[1]).toEqual(['error', 'app/ノート/Note Editor.tsx:54:30', 'pattern “Tour * Completed”', 'the event name is built at run time: a template with expressions']);
    expect(tables[6]?.[1]).toEqual(['error', 'src/signup/sign up.ts:9:40', 'Account Created · referrer', 'Account Created: required "referrer" is missing']);
    expect(tables[10]?.[1]).toEqual(['warning', `app/legacy/old #${ZWSP}1.js:12:9`, '—', 'Unexpected token']);
    expect(tables.map((table) => table.length - 1)).toEqual([2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1]);
    expect(tables.every((table) => table.every((row) => row.length === 4))).toBe(true);
  });

  it('keeps hostile names from injecting HTML, links, emphasis, math, mentions or issue references', () => {
    const names = [
      '<img src=x onerror=alert(1)>',
      '</td></tr></table><h1>x</h1>',
      '[click](https://evil.example)',
      'see https://evil.example and www.evil.example',
      '**bold** _em_ ~~del~~ $x^2$',
      '@octocat and @org/team and #12 and a@b.example',
      '`code` | pipe \\| escaped',
      'line\r\nbreak\u2028sep\tTab\u001b[31mred',
      'RTL\u202etxt.exe zero\u200bwidth',
      '&amp; &lt;b&gt;',
    ];
    const findings: Finding[] = names.map((name, index) =>
      finding('undeclared', { file: `src/${name}.ts`, line: index + 1, column: 1, endLine: index + 1, endColumn: 5 }, `"${name}" is not in the plan`, { event: name }),
    );
    const markdown = formatMarkdown(sampleReport({ findings, questions: [], owners: [] }));
    const { html, tables } = render(markdown);
    expect(html).not.toMatch(/<(img|h1|script)\b/);
    const shown = tables[0]?.slice(1).map((row) => row[2]);
    expect(shown).toEqual([
      '<img src=x onerror=alert(1)>',
      '</td></tr></table><h1>x</h1>',
      '[click](https:\u200b//evil.example)',
      'see https:\u200b//evil.example and www\u200b.evil.example',
      '**bold** _em_ ~~del~~ $x^2$',
      `@${ZWSP}octocat and @${ZWSP}org/team and #${ZWSP}12 and a@${ZWSP}b.example`,
      '`code` | pipe \\| escaped',
      'line␍␊break␤sep␉Tab␛[31mred',
      'RTL\ufffdtxt.exe zero\ufffdwidth',
      '&amp; &lt;b&gt;',
    ]);
    const text = decode(html);
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/#\d/);
    expect(tables[0]?.every((row) => row.length === 4)).toBe(true);
  });

  it('shortens a very long name instead of letting it fill the comment', () => {
    expect(escapeMarkdown('x'.repeat(500))).toBe(`${'x'.repeat(159)}…`);
    expect(escapeMarkdown('😀'.repeat(200), 3)).toBe('😀😀…');
  });

  it('cuts a long report under the comment limit between whole rows and says how many were left out', () => {
    const findings: Finding[] = Array.from({ length: 3000 }, (_, index) =>
      finding('undeclared', { file: `src/module-${index}.ts`, line: 1, column: 1, endLine: 1, endColumn: 9 }, `"Event ${index}" is not in the plan ${'·'.repeat(40)}`, {
        event: `Event ${index}`,
      }),
    );
    const owners = Array.from({ length: 50 }, (_, index) => ({ name: `team-${index}`, planned: 1, implemented: 0, coverage: 0, missing: [`E${index}`] }));
    const markdown = formatMarkdown(sampleReport({ findings, owners }));
    expect(markdown.length).toBeLessThan(MARKDOWN_MAX_LENGTH);
    expect(markdown.length).toBeGreaterThan(MARKDOWN_MAX_LENGTH - 500);
    const { tables } = render(markdown);
    expect(tables.map((table) => table.length - 1).slice(0, 2)).toEqual([2, 50]);
    const shownFindings = (tables[2]?.length ?? 0) - 1;
    expect(tables[2]?.at(-1)?.[2]).toBe(`Event ${shownFindings - 1}`);
    const lastLine = markdown.trimEnd().split('\n').at(-1);
    expect(lastLine).toBe(
      `**+${3000 - shownFindings} more findings** not shown: a comment is limited to 65,536 characters. The SARIF or JSON report has all of them.`,
    );
  });

  it('reports a clean run and a plan without events plainly', () => {
    const passing: Report = sampleReport({
      findings: [],
      questions: [],
      owners: [],
      summary: { ...sampleReport().summary, planned: 0, implemented: 0, unimplemented: 0, coverage: null },
      outcome: { failed: false, failOn: 'error', failingFindings: {}, belowMinCoverage: false },
    });
    expect(formatMarkdown(passing)).toBe(
      [
        '<!-- trackplan-report -->',
        '## trackplan: no planned events',
        '',
        '✅ **Passed** (--fail-on error)',
        '',
        '0/0 planned events · 0 findings (0 errors, 0 warnings) · plan <code>plans/tracking plan.yaml</code> · trackplan 1.2.3',
        '',
        'No findings.',
        '',
      ].join('\n'),
    );
  });

  it('escapes the plan path and the tool version like any other name, and counts in the singular', () => {
    const findings = sampleReport().findings.filter((item) => item.kind === 'dynamic');
    const report = sampleReport({ plan: 'plans/<b>@ops</b>.yaml', findings, tool: { name: 'trackplan', version: '1.0.0 <i>' } });
    const { html } = render(formatMarkdown(report));
    const facts = html.split('\n').find((line) => line.startsWith('<p>2/4 planned events'));
    expect(decode(facts ?? '')).toBe(`2/4 planned events · 1 finding (1 error, 0 warnings) · plan plans/<b>@${ZWSP}ops</b>.yaml · trackplan 1.0.0 <i>`);
  });
});
