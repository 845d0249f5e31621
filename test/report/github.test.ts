import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/formatters/github.js';
import { coverageText, outcomeText, percent } from '../../src/report/summary-text.js';
import { EDITOR_FILE, finding, HOSTILE, PLAN_FILE, sampleReport } from './sample-report.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Parses workflow commands the way the Actions runner does: properties split on "," and "=", then unescaped. */
function parseCommands(output: string): Command[] {
  expect(output.endsWith('\n')).toBe(true);
  return output
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
      if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
      const properties = Object.fromEntries(
        (match[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((pair) => {
            const [name = '', value = ''] = pair.split('=');
            return [name, unescapeProperty(value)];
          }),
      );
      return { command: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') };
    });
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

describe('formatGithub', () => {
  it('annotates every finding at its span, as error or warning, then ends with a coverage notice', () => {
    const commands = parseCommands(formatGithub(sampleReport()));
    expect(commands.map((c) => [c.command, c.properties.title, c.properties.file, c.properties.line, c.properties.col])).toEqual([
      ['warning', 'trackplan/parse-error', 'app/legacy/old #1.js', '12', '9'],
      ['error', 'trackplan/dynamic', EDITOR_FILE, '54', '30'],
      ['error', 'trackplan/undeclared', EDITOR_FILE, '88', '22'],
      ['warning', 'trackplan/naming', EDITOR_FILE, '102', '22'],
      ['error', 'trackplan/undeclared', EDITOR_FILE, '102', '22'],
      ['error', 'trackplan/unimplemented', PLAN_FILE, '31', '3'],
      ['error', 'trackplan/unimplemented', PLAN_FILE, '40', '3'],
      ['warning', 'trackplan/deprecated', 'src/signup/sign up.ts', '3', '19'],
      ['error', 'trackplan/property-missing', 'src/signup/sign up.ts', '9', '40'],
      ['warning', 'trackplan/property-undeclared', 'src/signup/sign up.ts', '9', '42'],
      ['error', 'trackplan/property-type', 'src/signup/sign up.ts', '9', '52'],
      ['notice', 'trackplan coverage', undefined, undefined, undefined],
    ]);
    expect(commands[1]?.properties).toEqual({
      file: EDITOR_FILE,
      line: '54',
      col: '30',
      endLine: '54',
      endColumn: '54',
      title: 'trackplan/dynamic',
    });
    expect(commands.at(-1)?.message).toBe(
      [
        'Coverage 50% (2/4 planned events)',
        `Questions: activation 2/2 answerable; retention 1/3`,
        'Owners: @growth 2/2; billing 0/2',
        'Failed: 2 unimplemented, 2 undeclared, 1 dynamic, 1 missing property, 1 property type error (--fail-on error)',
      ].join('\n'),
    );
  });

  it('escapes newlines, CR and percent in messages, and colons and commas in properties, so no name can start a command', () => {
    const hostileFile = 'src/a,b:c%d/x.ts';
    const report = sampleReport({
      findings: [
        finding('undeclared', { file: hostileFile, line: 3, column: 5, endLine: 3, endColumn: 9 }, `"${HOSTILE}\r::set-output name=x::y 100%" is not in the plan`, {
          event: HOSTILE,
        }),
      ],
    });
    const output = formatGithub(report);
    expect(output.split('\n')[0]).toBe(
      '::error file=src/a%2Cb%3Ac%25d/x.ts,line=3,col=5,endLine=3,endColumn=9,title=trackplan/undeclared::' +
        '"a|b<script>`x`@team%0A%0D::set-output name=x::y 100%25" is not in the plan',
    );
    const [first] = parseCommands(output);
    expect(first?.properties.file).toBe(hostileFile);
    expect(first?.message).toBe(`"${HOSTILE}\r::set-output name=x::y 100%" is not in the plan`);
    expect(output.split('\n')).toHaveLength(3);
  });

  it('resolves file paths from the repository root when the scanned root is a sub-directory', () => {
    const commands = parseCommands(formatGithub(sampleReport({ root: 'packages/web' })));
    expect(commands[0]?.properties.file).toBe('packages/web/app/legacy/old #1.js');
    expect(commands[5]?.properties.file).toBe('packages/web/plans/tracking plan.yaml');
  });

  it('escapes names in the notice and says when the check passed', () => {
    const report = sampleReport({
      findings: [],
      owners: [{ name: 'a,b\n::error::x', planned: 1, implemented: 1, coverage: 1, missing: [] }],
      questions: [],
      summary: { ...sampleReport().summary, planned: 0, implemented: 0, coverage: null },
      outcome: { failed: false, failOn: 'warning', failingFindings: {}, belowMinCoverage: false },
    });
    const output = formatGithub(report);
    expect(output).toBe('::notice title=trackplan coverage::Coverage n/a (no planned events)%0AOwners: a,b%0A::error::x 1/1%0APassed (--fail-on warning)\n');
  });
});

describe('summary wording', () => {
  it('floors percentages so that an unfinished plan never reads 100%, nor a started one 0%', () => {
    expect([0, 0.0033, 0.29, 0.5, 0.8696, 0.9999, 1].map(percent)).toEqual(['0%', '<1%', '29%', '50%', '86%', '99%', '100%']);
  });

  it('says why the check failed: failing kinds, then the coverage floor', () => {
    const summary = { ...sampleReport().summary, coverage: 0.625 };
    expect(
      outcomeText({ failed: true, failOn: 'undeclared,dynamic', minCoverage: 80, failingFindings: { dynamic: 2, undeclared: 1 }, belowMinCoverage: true }, summary),
    ).toBe('Failed: 1 undeclared, 2 dynamic; coverage 62% is below --min-coverage 80% (--fail-on undeclared,dynamic, --min-coverage 80%)');
    expect(outcomeText({ failed: true, failOn: 'none', minCoverage: 90, failingFindings: {}, belowMinCoverage: true }, summary)).toBe(
      'Failed: coverage 62% is below --min-coverage 90% (--fail-on none, --min-coverage 90%)',
    );
    expect(outcomeText({ failed: false, failOn: 'error', minCoverage: 50, failingFindings: {}, belowMinCoverage: false }, summary)).toBe(
      'Passed (--fail-on error, --min-coverage 50%)',
    );
    expect(coverageText(summary)).toBe('Coverage 62% (2/4 planned events)');
  });
});
