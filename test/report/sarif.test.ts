import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Log, Result } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSarif, SARIF_FINGERPRINT_KEY } from '../../src/report/formatters/sarif.js';
import { FINDING_KINDS, type Finding } from '../../src/report/types.js';
import { finding, HOSTILE, sampleFindings, sampleReport } from './sample-report.js';

const require = createRequire(import.meta.url);

function parse(findings: Finding[] = sampleFindings()): Log {
  return JSON.parse(formatSarif(sampleReport({ findings }))) as Log;
}

function results(log: Log): Result[] {
  return log.runs[0]?.results ?? [];
}

function summaryOf(result: Result): string {
  const physical = result.locations?.[0]?.physicalLocation;
  const region = physical?.region;
  return [
    result.ruleId,
    result.level,
    `${physical?.artifactLocation?.uriBaseId}:${physical?.artifactLocation?.uri}`,
    `${region?.startLine}:${region?.startColumn}-${region?.endLine}:${region?.endColumn}`,
  ].join(' ');
}

function fingerprints(log: Log): (string | undefined)[] {
  return results(log).map((result) => result.partialFingerprints?.[SARIF_FINGERPRINT_KEY]);
}

describe('formatSarif', () => {
  it('lists one rule per finding kind, each with its documentation page', () => {
    const log = parse();
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('trackplan');
    expect(driver?.version).toBe('1.2.3');
    const docs = 'https://github.com/trackplan/trackplan/blob/main/docs/rules/';
    expect(driver?.rules?.map((rule) => [rule.id, rule.helpUri])).toEqual([
      ['trackplan/unimplemented', `${docs}README.md#unimplemented`],
      ['trackplan/undeclared', `${docs}no-undeclared-event.md`],
      ['trackplan/dynamic', `${docs}no-dynamic-event-name.md`],
      ['trackplan/deprecated', `${docs}no-deprecated-event.md`],
      ['trackplan/property-missing', `${docs}no-missing-property.md`],
      ['trackplan/property-undeclared', `${docs}no-undeclared-property.md`],
      ['trackplan/property-type', `${docs}property-type.md`],
      ['trackplan/naming', `${docs}event-name-convention.md`],
      ['trackplan/parse-error', `${docs}README.md#parse-error`],
    ]);
    expect(driver?.rules?.map((rule) => rule.defaultConfiguration?.level)).toEqual([
      'error',
      'error',
      'error',
      'warning',
      'error',
      'warning',
      'error',
      'warning',
      'warning',
    ]);
  });

  it('sorts results by location whatever the input order, with encoded root-relative URIs and full regions', () => {
    const log = parse(sampleFindings().reverse());
    expect(results(log).map(summaryOf)).toEqual([
      'trackplan/parse-error warning %SRCROOT%:app/legacy/old%20%231.js 12:9-12:10',
      'trackplan/dynamic error %SRCROOT%:app/%E3%83%8E%E3%83%BC%E3%83%88/Note%20Editor.tsx 54:30-54:54',
      'trackplan/undeclared error %SRCROOT%:app/%E3%83%8E%E3%83%BC%E3%83%88/Note%20Editor.tsx 88:22-88:35',
      'trackplan/naming warning %SRCROOT%:app/%E3%83%8E%E3%83%BC%E3%83%88/Note%20Editor.tsx 102:22-102:35',
      'trackplan/undeclared error %SRCROOT%:app/%E3%83%8E%E3%83%BC%E3%83%88/Note%20Editor.tsx 102:22-102:35',
      'trackplan/unimplemented error %SRCROOT%:plans/tracking%20plan.yaml 31:3-31:21',
      'trackplan/unimplemented error %SRCROOT%:plans/tracking%20plan.yaml 40:3-40:24',
      'trackplan/deprecated warning %SRCROOT%:src/signup/sign%20up.ts 3:19-3:34',
      'trackplan/property-missing error %SRCROOT%:src/signup/sign%20up.ts 9:40-9:62',
      'trackplan/property-undeclared warning %SRCROOT%:src/signup/sign%20up.ts 9:42-9:50',
      'trackplan/property-type error %SRCROOT%:src/signup/sign%20up.ts 9:52-9:57',
    ]);
    expect(results(log).map((result) => result.ruleIndex)).toEqual([8, 2, 1, 7, 1, 0, 0, 3, 4, 5, 6]);
    expect(results(log)[6]?.message.text).toBe(`"${HOSTILE}" is planned but never sent`);
    expect(log.runs[0]?.columnKind).toBe('utf16CodeUnits');
    expect(Object.keys(log.runs[0]?.originalUriBaseIds ?? {})).toEqual(['%SRCROOT%']);
  });

  it('keeps an encoded colon in a first segment so the URI never reads as a scheme', () => {
    const log = parse([finding('undeclared', { file: 'c:d/e?f.ts', line: 1, column: 1, endLine: 1, endColumn: 2 }, 'x', { event: 'X' })]);
    expect(results(log)[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('c%3Ad/e%3Ff.ts');
  });

  it('drops an end that lies before the start rather than write an inconsistent region', () => {
    const log = parse([finding('parse-error', { file: 'a.js', line: 4, column: 7, endLine: 4, endColumn: 3 }, 'Unexpected token')]);
    expect(results(log)[0]?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 4, startColumn: 7 });
  });

  it('gives fingerprints that ignore lines and input order but tell apart kind, file, event, property and occurrence', () => {
    const base = parse();
    const prints = fingerprints(base);
    expect(prints.every((print) => typeof print === 'string' && /^[0-9a-f]{64}$/.test(print))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);

    const moved = sampleFindings().map((item) => ({ ...item, line: item.line + 7, endLine: item.endLine + 7 }));
    expect(fingerprints(parse(moved))).toEqual(prints);
    expect(fingerprints(parse(sampleFindings().reverse()))).toEqual(prints);

    const renamed = sampleFindings().map((item) => (item.property === 'plan' ? { ...item, property: 'plan_name' } : item));
    const changed = fingerprints(parse(renamed));
    expect(changed.filter((print, index) => print !== prints[index])).toHaveLength(1);
    expect(changed[10]).not.toBe(prints[10]);
  });

  it('carries coverage by question and owner in the run properties', () => {
    expect(parse().runs[0]?.properties).toEqual({
      planned: 4,
      implemented: 2,
      coverage: 0.5,
      questions: [
        { name: 'activation', planned: 2, implemented: 2, answerable: true },
        { name: 'retention', planned: 3, implemented: 1, answerable: false },
      ],
      owners: [
        { name: '@growth', planned: 2, implemented: 2 },
        { name: 'billing', planned: 2, implemented: 0 },
      ],
    });
  });

  it('is byte-identical for the same report', () => {
    expect(formatSarif(sampleReport())).toBe(formatSarif(sampleReport()));
  });
});

describe('SARIF validity', () => {
  const directory = mkdtempSync(join(tmpdir(), 'trackplan-sarif-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  function validateWithMultitool(sarif: string): Result[] {
    const input = join(directory, 'input.sarif');
    const output = join(directory, 'validation.sarif');
    writeFileSync(input, sarif);
    const multitool = require('@microsoft/sarif-multitool') as string;
    execFileSync(multitool, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note'], {
      stdio: 'pipe',
    });
    return (JSON.parse(readFileSync(output, 'utf8')) as Log).runs[0]?.results ?? [];
  }

  it('passes `sarif-multitool validate` with no error and no warning', () => {
    const sarif = formatSarif(sampleReport());
    const validation = validateWithMultitool(sarif);
    const problems = validation.filter((result) => result.level === 'error' || result.level === 'warning');
    expect(problems.map((result) => `${result.ruleId} ${result.message.arguments?.join(' ')}`)).toEqual([]);
    // The multitool silently skips a log it cannot deserialize; its per-result notes prove it read this one.
    const snippetNotes = validation.filter((result) => result.ruleId === 'SARIF2010');
    expect(snippetNotes).toHaveLength(sampleFindings().length);
  });

  it('is caught by the multitool when a region is inconsistent, so the check above can fail', () => {
    const log = parse();
    const region = results(log)[1]?.locations?.[0]?.physicalLocation?.region;
    if (region) region.endLine = 1;
    const errors = validateWithMultitool(JSON.stringify(log)).filter((result) => result.level === 'error');
    expect(errors.map((result) => result.ruleId)).toEqual(['SARIF1007']);
  });

  it('matches the SARIF 2.1.0 JSON schema shipped in the multitool package', () => {
    const schemaPath = join(dirname(require.resolve('@microsoft/sarif-multitool')), '..', `sarif-multitool-${process.platform}`, 'sarif-2.1.0.json');
    const Ajv2020 = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js').default;
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const sarif: unknown = JSON.parse(formatSarif(sampleReport()));
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const broken = JSON.parse(formatSarif(sampleReport())) as Log;
    const first = results(broken)[0];
    if (first) (first as { level: string }).level = 'fatal';
    expect(validate(broken)).toBe(false);
  });
});
