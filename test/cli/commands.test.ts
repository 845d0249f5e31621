import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

function json<T>(text: string): T {
  return JSON.parse(text) as T;
}

interface ReportShape {
  summary: Record<string, unknown>;
  findings: { kind: string; file: string; event?: string }[];
  outcome: { failed: boolean };
}

describe('check: several outputs from one scan', () => {
  it('writes each format with =FILE and prints the one without', () => {
    const dir = copyFixture('demo');
    const result = runCli(['check', '--format', 'sarif=out/trackplan.sarif', '--format', 'markdown=summary.md', '--format', 'junit=junit.xml', '--format', 'github'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      '::error file=server/ingest.ts,line=15,col=90,endLine=15,endColumn=93,title=trackplan/property-type::Data Sent: "events_count" is "1" (string), the plan says integer',
    );
    const sarif = json<{ version: string; runs: { results: unknown[] }[] }>(readFileSync(join(dir, 'out', 'trackplan.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(10);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('## trackplan: 71% of planned events implemented');
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  });

  it('refuses two formats on stdout', () => {
    const result = runCli(['check', '--format', 'text', '--format', 'json'], join(REPO, 'fixtures', 'demo'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('trackplan: only one format can go to stdout, got text and json\n  Give the others a file: --format sarif=trackplan.sarif\n');
  });
});

describe('check: adoption on a big code base', () => {
  it('accepts the findings of a baseline, fails on new ones, and reports fixed ones', () => {
    const dir = copyFixture('demo');
    const written = runCli(['check', '--baseline', 'trackplan-baseline.json', '--update-baseline'], dir);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('trackplan: wrote trackplan-baseline.json with 10 findings\n');
    const clean = runCli(['check', '--baseline', 'trackplan-baseline.json', '--format', 'json'], dir);
    expect(clean.code).toBe(0);
    expect(json<ReportShape & { baseline: { known: number } }>(clean.stdout)).toMatchObject({ findings: [], baseline: { known: 10 } });

    writeFileSync(join(dir, 'src', 'invite.ts'), "import { analytics } from './analytics';\nexport const invite = () => analytics.track('Teammate Invited', { role: 'owner' });\n");
    const changed = runCli(['check', '--baseline', 'trackplan-baseline.json', '--no-color'], dir);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('✗ 1 property problem\n  src/invite.ts:2:73  Teammate Invited: "role" is "owner", the plan allows "admin", "member"\n');
    expect(changed.stdout).toContain('8 findings accepted by trackplan-baseline.json are not shown.\n2 findings of the baseline are fixed: shrink it with --update-baseline.\n');
  });

  it('keeps only the findings of files changed since a git ref, and says why a missing ref fails', () => {
    const dir = copyFixture('demo');
    const git = (...args: string[]): void => {
      spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], { cwd: dir, stdio: 'ignore' });
    };
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(join(dir, 'server', 'ingest.ts'), "declare const analytics: { track(event: string): void };\nexport const record = () => analytics.track('Data Sendt');\n");
    const result = runCli(['check', '--changed-since', 'HEAD', '--format', 'json'], dir);
    const report = json<ReportShape & { changedSince: unknown }>(result.stdout);
    expect(report.changedSince).toEqual({ ref: 'HEAD', files: 1 });
    expect(report.findings.map((finding) => `${finding.kind} ${finding.file} ${finding.event ?? ''}`)).toEqual([
      'undeclared server/ingest.ts Data Sendt',
      'unimplemented tracking-plan.yaml Data Sent',
    ]);
    const missing = runCli(['check', '--changed-since', 'origin/main'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--changed-since: "origin/main" is not a commit in this repository\n  In CI the clone may be shallow');
  });

  it('gives the same report from shards merged as from one scan, apart from the parse counters', () => {
    const dir = copyFixture('react-app');
    for (const shard of ['1/3', '2/3', '3/3']) expect(runCli(['check', '--shard', shard, '--output', `shard-${shard[0]}.json`], dir).code).toBe(0);
    const merged = runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'json'], dir);
    const whole = runCli(['check', '--format', 'json'], dir);
    const withoutCounters = (text: string): unknown => {
      const report = json<ReportShape>(text);
      delete report.summary.filesParsed;
      delete report.summary.modulesParsed;
      return report;
    };
    assertValidReport(json(merged.stdout));
    expect(merged.code).toBe(whole.code);
    expect(withoutCounters(merged.stdout)).toEqual(withoutCounters(whole.stdout));
    writeFileSync(join(dir, 'tracking-plan.yaml'), `${readFileSync(join(dir, 'tracking-plan.yaml'), 'utf8')}  Extra Event: {}\n`);
    const stale = runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json'], dir);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^trackplan: shard-1\.json: was made with another version of the plan/);
  });
});

describe('init, import and the plan commands', () => {
  it('init writes a plan from the code whose check then has full coverage and no undeclared event', () => {
    const dir = copyFixture('react-app');
    rmSync(join(dir, 'tracking-plan.yaml'));
    const init = runCli(['init'], dir);
    expect(init.code).toBe(0);
    expect(init.stderr).toBe('trackplan: wrote tracking-plan.yaml with 8 events from 13 call sites; 1 dynamic call sites are listed in it as comments to decide on\n');
    const report = json<ReportShape>(runCli(['check', '--format', 'json'], dir).stdout);
    expect(report.summary.coverage).toBe(1);
    expect(report.summary.undeclared).toBe(0);
    expect(runCli(['init'], dir)).toMatchObject({ code: 2, stderr: 'trackplan: tracking-plan.yaml already exists\n  Pass --force to overwrite it, or --out FILE to write elsewhere.\n' });
    expect(runCli(['init', '--force'], dir).code).toBe(0);
  });

  it('import converts a spreadsheet to YAML, and never overwrites without --force', () => {
    const dir = copyFixture('clean');
    const csv = join(REPO, 'fixtures', 'importers', 'csv', 'spreadsheet.csv');
    const printed = runCli(['import', csv], dir);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(printed.stdout).toContain('\nversion: 1\n');
    expect(runCli(['import', csv, '--out', 'tracking-plan.yaml'], dir).code).toBe(2);
    expect(runCli(['import', csv, '--out', 'tracking-plan.yaml', '--force'], dir).code).toBe(0);
    expect(runCli(['check', '--plan', csv, '--format', 'json', '--fail-on', 'none'], dir).code).toBe(0);
  });

  it('plan lint reports at the plan line and column; plan docs writes a page', () => {
    const dir = copyFixture('demo');
    const lint = runCli(['plan', 'lint', '--no-color'], dir);
    expect(lint.code).toBe(0);
    expect(lint.stdout.split('\n')[0]).toBe(
      'tracking-plan.yaml:54:3  warning  event "Tour Step Completed" answers none of the plan\'s questions: add it to one, or drop it  no-question',
    );
    expect(runCli(['plan', 'docs', '--out', 'PLAN.md'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'PLAN.md'), 'utf8')).toContain('| Signup Started | implemented |');
  });

  it('dashboard says it needs a terminal when there is none, and exits 2', () => {
    const result = runCli(['dashboard'], join(REPO, 'fixtures', 'demo'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('trackplan: the dashboard needs an interactive terminal\n  In CI or a pipe, run `trackplan check` (with --format json, sarif, markdown, …).\n');
    expect(existsSync(join(REPO, 'fixtures', 'demo', 'tracking-plan.yaml'))).toBe(true);
  });
});
