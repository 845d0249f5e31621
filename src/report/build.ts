import { relative } from 'node:path';
import { compareLocations, diff } from '../diff/diff.js';
import type { CheckOptions, Project } from '../project.js';
import { resolveForwards } from '../scan/forwards.js';
import type { ChangeSet } from '../scan/changes.js';
import type { ScanResult } from '../scan/scan.js';
import { packageVersion } from '../util/package-root.js';
import { toPosix } from '../util/paths.js';
import { compareCodeUnits } from '../util/suggest.js';
import { applyBaseline } from './baseline.js';
import { toReportCallSite } from './call-sites.js';
import { decideOutcome } from './outcome.js';
import type { Report } from './types.js';

export type ReportOptions = Pick<CheckOptions, 'failOn' | 'minCoverage' | 'baseline'> & { changes?: ChangeSet };

/** The report of a scanned project: diff, summary and outcome. */
export function buildReport(project: Project, scan: ScanResult, options: ReportOptions): Report {
  const { config, plan, cwd } = project;
  const source = config.source ?? plan.source;
  const callSites = resolveForwards(scan.callSites, new Set(scan.calledWrappers));
  const result = diff({ plan, callSites, scanFindings: scan.findings, source, severities: config.severities });
  const summary = {
    planned: result.planned,
    implemented: result.implemented,
    unimplemented: result.planned - result.implemented,
    undeclared: result.undeclared,
    dynamic: result.dynamic,
    coverage: result.coverage,
    files: scan.files,
    filesParsed: scan.filesParsed,
    modulesParsed: scan.modulesParsed,
    callSites: callSites.length,
  };
  let findings = result.findings;
  const { changes } = options;
  if (changes) {
    findings = findings.filter((finding) => changes.files.has(finding.file) || (finding.kind === 'unimplemented' && finding.event !== undefined && changes.events.has(finding.event)));
  }
  const accepted = options.baseline ? applyBaseline(findings, options.baseline.baseline) : undefined;
  if (accepted) findings = accepted.fresh;
  const report: Report = {
    version: 1,
    tool: { name: 'trackplan', version: packageVersion() },
    root: toPosix(relative(cwd, config.root)) || '.',
    plan: plan.file,
    summary,
    questions: result.questions,
    owners: result.owners,
    events: result.events,
    callSites: callSites.map(toReportCallSite).sort(compareLocations),
    findings,
    notices: [...scan.notices].sort((a, b) => compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareCodeUnits(a.message, b.message)),
    outcome: decideOutcome(findings, summary, options.failOn ?? { kind: 'severity', severity: 'error' }, options.minCoverage),
  };
  if (accepted && options.baseline) report.baseline = { file: options.baseline.file, known: accepted.known.length, fixed: accepted.fixed };
  if (changes) report.changedSince = { ref: changes.ref, files: changes.files.size };
  return report;
}
