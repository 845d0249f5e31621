import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, loadProject } from '../../src/run.js';
import { ProjectScanner } from '../../src/scan/scan.js';
import { copyFixture } from '../helpers/cli.js';

describe('ProjectScanner.update (watch mode)', () => {
  it('re-parses only the changed file, and a file that stops parsing keeps its last good call sites', () => {
    const dir = copyFixture('react-app');
    const project = loadProject({ cwd: dir });
    const scanner = new ProjectScanner(project.config);
    const first = scanner.scan();
    const parsedFirst = scanner.parses;
    expect(parsedFirst).toBe(7);

    appendFileSync(join(dir, 'src', 'pages', 'Billing.tsx'), "\nexport const download = () => analytics.track('Invoice Downloaded');\n");
    const second = scanner.update(['src/pages/Billing.tsx']);
    expect(scanner.parses).toBe(parsedFirst + 1);
    expect(second.callSites.length).toBe(first.callSites.length + 1);
    expect(buildReport(project, second, {}).findings.find((finding) => finding.event === 'Invoice Downloaded')).toMatchObject({ kind: 'undeclared', file: 'src/pages/Billing.tsx', line: 10 });

    writeFileSync(join(dir, 'src', 'pages', 'Billing.tsx'), "export const download = () => analytics.track('Invoice Downloaded'");
    const broken = buildReport(project, scanner.update(['src/pages/Billing.tsx']), {});
    expect(broken.callSites.filter((call) => call.file === 'src/pages/Billing.tsx').map((call) => call.names.join())).toEqual(['App.Billing.Opened', 'Plan Changed', 'Invoice Downloaded']);
    expect(broken.findings.filter((finding) => finding.kind === 'parse-error').map((finding) => `${finding.file}:${finding.line}:${finding.column}`)).toEqual(['src/pages/Billing.tsx:1:67']);
  });

  it('follows a constant changed in a module that is only imported', () => {
    const dir = copyFixture('react-app');
    const project = loadProject({ cwd: dir });
    const scanner = new ProjectScanner(project.config);
    scanner.scan();
    writeFileSync(join(dir, 'src', 'legacy', 'events.js'), "module.exports = { LEGACY_EVENTS: { EXPORTED: 'Report Downloaded' } };\n");
    const report = buildReport(project, scanner.update(['src/legacy/events.js']), {});
    expect(report.callSites.find((call) => call.file === 'src/legacy/export.js')?.names).toEqual(['Report Downloaded']);
  });
});

describe('ProjectScanner.update when calls go away', () => {
  it('drops the call sites of a file that no longer sends anything, and of a deleted file', async () => {
    const { rmSync } = await import('node:fs');
    const dir = copyFixture('react-app');
    const project = loadProject({ cwd: dir });
    const scanner = new ProjectScanner(project.config);
    scanner.scan();
    writeFileSync(join(dir, 'src', 'pages', 'Billing.tsx'), 'export const Billing = () => null;\n');
    rmSync(join(dir, 'src', 'legacy', 'export.js'));
    const report = buildReport(project, scanner.update(['src/pages/Billing.tsx', 'src/legacy/export.js']), {});
    expect(report.callSites.filter((call) => call.file === 'src/pages/Billing.tsx' || call.file === 'src/legacy/export.js')).toEqual([]);
    expect(report.events.filter((event) => event.status === 'unimplemented').map((event) => event.name)).toEqual(['App.Billing.Opened', 'Plan Changed', 'Report Exported']);
  });
});

describe('ProjectScanner.scanInSlices (the dashboard\'s first scan)', () => {
  it('reports its progress between slices and finds what a plain scan finds', async () => {
    const dir = copyFixture('react-app');
    const project = loadProject({ cwd: dir });
    const progress: string[] = [];
    const sliced = await new ProjectScanner(project.config, { onProgress: (step) => progress.push(`${step.phase} ${step.done}/${step.total}`) }).scanInSlices(5);
    expect(sliced).toEqual(new ProjectScanner(project.config).scan());
    expect(progress.filter((step) => step.startsWith('scanning'))).toEqual(['scanning 0/12', 'scanning 5/12', 'scanning 10/12']);
  });
});
