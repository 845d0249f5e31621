import { relative } from 'node:path';
import { toPosix } from './util/paths.js';
import { resolveForwards } from './scan/forwards.js';
import { refineWithTypes } from './resolve/types.js';
import { readChanges, type ChangeSet } from './scan/changes.js';
import { applyBaseline, type Baseline } from './report/baseline.js';
import { compareCodeUnits } from './util/suggest.js';
import { display, resolveConfig } from './config/load.js';
import { UserError } from './errors.js';
import type { ResolvedConfig } from './config/types.js';
import { compareLocations, diff } from './diff/diff.js';
import { loadPlan } from './plan/load.js';
import type { Plan } from './plan/types.js';
import { toReportCallSite } from './report/call-sites.js';
import { decideOutcome } from './report/outcome.js';
import type { FailOn, Report } from './report/types.js';
import { scanProject, type ScanProgress, type ScanResult } from './scan/scan.js';
import { packageVersion } from './util/package-root.js';

export interface CheckOptions {
  /** The project to scan (default: the working directory). */
  root?: string;
  cwd?: string;
  plan?: string;
  config?: string;
  failOn?: FailOn;
  minCoverage?: number;
  onProgress?: (progress: ScanProgress) => void;
  /** Findings the baseline accepts do not fail the check, and are left out. */
  baseline?: { file: string; baseline: Baseline };
  /** Only findings of files changed since this git ref, and the events the change leaves unimplemented. */
  changedSince?: string;
  /** Report the call sites of a stable share of the files: `{ index: 1, count: 3 }`. */
  shard?: { index: number; count: number };
  /** Type-aware mode (also `types: true` in the config). */
  types?: boolean;
}

export type ReportOptions = Pick<CheckOptions, 'failOn' | 'minCoverage' | 'baseline'> & { changes?: ChangeSet };

export interface Project {
  config: ResolvedConfig & { planFile: string };
  plan: Plan;
  cwd: string;
}

/** Config and plan, validated: a mistake in either stops here, before any scanning. */
export function loadProject(options: CheckOptions): Project {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig({ root: options.root ?? '.', cwd, plan: options.plan, config: options.config });
  const { planFile } = config;
  if (!planFile) {
    throw new UserError(`no tracking plan found from ${display(config.root, cwd)} upwards`, {
      hint: 'Pass --plan FILE, set "plan" in trackplan.config.json, or create tracking-plan.yaml (`trackplan init` writes one from your code).',
    });
  }
  const plan = loadPlan(planFile, toPosix(relative(config.root, planFile)));
  return { config: { ...config, planFile }, plan, cwd };
}

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

/** Runs the whole pipeline: config → discover → parse → extract → resolve → diff → Report. */
export function check(options: CheckOptions = {}): Report {
  const project = loadProject(options);
  const changes = options.changedSince !== undefined ? changesOf(project, options.changedSince) : undefined;
  const scan = withTypes(project, scanProject(project.config, { onProgress: options.onProgress }), options.types);
  return buildReport(project, scan, { ...options, changes });
}

/** The scan, refined by the type checker when type-aware mode is on (the flag, or `types` in the config). */
export function withTypes(project: Project, scan: ScanResult, flag: boolean | undefined): ScanResult {
  return (flag ?? project.config.types) ? refineWithTypes(project.config.root, scan) : scan;
}

export function changesOf(project: Project, ref: string): ChangeSet {
  const { config, plan } = project;
  return readChanges(config.root, ref, config.calleeRules, plan.file, plan.events.map((event) => event.name));
}

/** A stable share of the files for one shard: by a hash of the path, never by the listing order. */
export function shardOf(shard: { index: number; count: number }): (file: string) => boolean {
  return (file) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
    return (hash >>> 0) % shard.count === shard.index - 1;
  };
}
