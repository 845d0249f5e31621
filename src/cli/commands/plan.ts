import { resolve } from 'node:path';
import { createColors } from 'picocolors';
import { planDocs } from '../../plan/docs.js';
import { lintPlan } from '../../plan/lint.js';
import { escapeControl } from '../../report/escape.js';
import { buildReport, loadProject, withTypes } from '../../run.js';
import { scanProject } from '../../scan/scan.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import type { CommandResult } from '../result.js';
import { projectOptions, type ProjectOptions } from './check.js';

/** The plan against its own rules: naming, questions, near-duplicates, values in names. */
export function runPlanLint(options: ProjectOptions & { color: boolean }): CommandResult {
  const { plan } = loadProject(projectOptions(options));
  const c = createColors(options.color);
  const findings = lintPlan(plan);
  const lines = findings.map((finding) => {
    const severity = finding.severity === 'error' ? c.red('error  ') : c.yellow('warning');
    return `${finding.file}:${finding.line}:${finding.column}  ${severity}  ${escapeControl(finding.message)}  ${c.dim(finding.rule)}`;
  });
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  lines.push(findings.length === 0 ? c.green(`${plan.file}: no problems`) : `${errors} errors, ${findings.length - errors} warnings`);
  return { exitCode: errors > 0 ? 1 : 0, stdout: `${lines.join('\n')}\n` };
}

/** A Markdown page for stakeholders: questions, metrics, events and where the code sends them. */
export function runPlanDocs(options: ProjectOptions & { out?: string; types?: boolean }): CommandResult {
  const project = loadProject(projectOptions(options));
  const report = buildReport(project, withTypes(project, scanProject(project.config), options.types), {});
  const page = planDocs(project.plan, report);
  if (options.out === undefined) return { exitCode: 0, stdout: page };
  writeFileAtomic(resolve(options.cwd, options.out), page);
  return { exitCode: 0 };
}
