import { relative } from 'node:path';
import { toPosix } from './util/paths.js';
import { resolveForwards } from './scan/forwards.js';
import { resolveConfig } from './config/load.js';
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
}

export interface Project {
  config: ResolvedConfig;
  plan: Plan;
  cwd: string;
}

/** Config and plan, validated: a mistake in either stops here, before any scanning. */
export function loadProject(options: CheckOptions): Project {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig({ root: options.root ?? '.', cwd, plan: options.plan, config: options.config });
  const plan = loadPlan(config.planFile, toPosix(relative(config.root, config.planFile)));
  return { config, plan, cwd };
}

/** The report of a scanned project: diff, summary and outcome. */
export function buildReport(project: Project, scan: ScanResult, options: Pick<CheckOptions, 'failOn' | 'minCoverage'>): Report {
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
  return {
    version: 1,
    tool: { name: 'trackplan', version: packageVersion() },
    root: toPosix(relative(cwd, config.root)) || '.',
    plan: plan.file,
    summary,
    questions: result.questions,
    owners: result.owners,
    events: result.events,
    callSites: callSites.map(toReportCallSite).sort(compareLocations),
    findings: result.findings,
    notices: scan.notices,
    outcome: decideOutcome(result.findings, summary, options.failOn ?? { kind: 'severity', severity: 'error' }, options.minCoverage),
  };
}

/** Runs the whole pipeline: config → discover → parse → extract → resolve → diff → Report. */
export function check(options: CheckOptions = {}): Report {
  const project = loadProject(options);
  const scan = scanProject(project.config, { onProgress: options.onProgress });
  return buildReport(project, scan, options);
}
