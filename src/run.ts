import { buildReport, type ReportOptions } from './report/build.js';
import { loadProject, type CheckOptions, type Project } from './project.js';
import type { Report } from './report/types.js';
import { withTypes } from './resolve/types.js';
import { changesOf } from './scan/changes.js';
import { scanProject } from './scan/scan.js';

export { buildReport, changesOf, loadProject, withTypes, type CheckOptions, type Project, type ReportOptions };

/** Runs the whole pipeline: config → discover → parse → extract → resolve → diff → Report. */
export function check(options: CheckOptions = {}): Report {
  const project = loadProject(options);
  const changes = options.changedSince !== undefined ? changesOf(project, options.changedSince) : undefined;
  const scan = withTypes(project, scanProject(project.config, { onProgress: options.onProgress }), options.types);
  return buildReport(project, scan, { ...options, changes });
}
