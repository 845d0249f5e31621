import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Finding, Notice, Report, ReportCallSite } from '../../src/report/types.js';
import { check } from '../../src/run.js';
import { REPO } from '../helpers/cli.js';

export const FIXTURES = join(REPO, 'fixtures', 'robustness');

export interface ProjectOptions {
  /** Extra files, written after the fixtures (text or raw bytes). */
  files?: Record<string, string | Uint8Array>;
  git?: boolean;
}

/** A temporary project: the shared good files and plan (`_base`), then the case's own files. */
export function robustnessProject(caseName: string | undefined, options: ProjectOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `trackplan-robust-${caseName ?? 'base'}-`));
  cpSync(join(FIXTURES, '_base'), dir, { recursive: true });
  if (caseName) cpSync(join(FIXTURES, caseName), dir, { recursive: true });
  for (const [file, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  if (options.git) gitInit(dir);
  return dir;
}

/** Makes `dir` a git repository with every file staged, so discovery lists files with git. */
export function gitInit(dir: string): void {
  for (const args of [['init', '-q'], ['add', '-A']]) {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  }
}

export function scan(dir: string): Report {
  return check({ root: dir, cwd: dir, failOn: { kind: 'none' } });
}

type Located = { file: string; line: number; column: number; endLine: number; endColumn: number };

function where(item: Located): string {
  return `${item.file}:${item.line}:${item.column}-${item.endLine}:${item.endColumn}`;
}

/** One line per call site: where, callee, names or reason, and whether it was recovered from a broken file. */
export function describeCallSite(site: ReportCallSite): string {
  const name = site.resolution === 'dynamic' ? `dynamic (${site.reason ?? ''})` : `${site.resolution} ${site.names.join(' | ')}`;
  return `${where(site)} ${site.callee} ${name}${site.recovered ? ' [recovered]' : ''}`;
}

export function describeFinding(finding: Finding): string {
  return `${where(finding)} ${finding.kind} ${finding.message}`;
}

export function describeNotice(notice: Notice): string {
  return `${notice.file}: ${notice.message}`;
}

/** What a report says about some files: call sites, findings and notices, one line each. */
export function about(report: Report, files: readonly string[]): { callSites: string[]; findings: string[]; notices: string[] } {
  const mine = (item: { file: string }): boolean => files.includes(item.file);
  return {
    callSites: report.callSites.filter(mine).map(describeCallSite),
    findings: report.findings.filter(mine).map(describeFinding),
    notices: report.notices.filter(mine).map(describeNotice),
  };
}

let baseReport: Report | undefined;

/** The report of the good files alone: a bad file next to them must leave all of it unchanged. */
export function expectRestUnchanged(report: Report, badFiles: readonly string[]): void {
  baseReport ??= scan(robustnessProject(undefined));
  const others = (item: { file: string }): boolean => !badFiles.includes(item.file);
  expect(report.callSites.filter(others).map(describeCallSite)).toEqual(baseReport.callSites.map(describeCallSite));
  expect(report.findings.filter(others).map(describeFinding)).toEqual(baseReport.findings.map(describeFinding));
  expect(report.notices.filter(others)).toEqual([]);
  expect(report.events.filter((event) => event.status !== 'undeclared')).toEqual(baseReport.events);
}

/** Lets another user read and list a temporary project (mkdtemp makes it private to its owner). */
export function shareWithEveryone(dir: string): void {
  chmodSync(dir, 0o755);
}
