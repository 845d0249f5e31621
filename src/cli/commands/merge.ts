import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { readUserFile } from '../../util/read-user-file.js';
import { mergePartials, parsePartial } from '../../report/partial.js';
import { buildReport, loadProject } from '../../run.js';
import { resolveOutputs, writeOutputs } from '../outputs.js';
import type { CommandResult } from '../result.js';
import { projectOptions, readBaseline, type ReportCommandOptions } from './check.js';

/** Joins the partial reports of `check --shard` and runs the diff once, as an unsharded check would. */
export function runMerge(files: readonly string[], options: ReportCommandOptions): CommandResult {
  if (files.length === 0) throw new UserError('merge needs the partial reports of every shard', { hint: 'trackplan merge shard-1.json shard-2.json …' });
  const outputs = resolveOutputs(options.format, options.output);
  const project = loadProject(projectOptions(options));
  const partials = files.map((file) => ({ file, partial: parsePartial(readUserFile(resolve(options.cwd, file), file), file) }));
  const baseline = options.baseline !== undefined ? readBaseline(options.cwd, options.baseline) : undefined;
  const report = buildReport(project, mergePartials(partials, project.plan), { failOn: options.failOn, minCoverage: options.minCoverage, baseline });
  const stdout = writeOutputs(report, outputs, options.cwd, options.color);
  return stdout === undefined ? { exitCode: report.outcome.failed ? 1 : 0 } : { exitCode: report.outcome.failed ? 1 : 0, stdout };
}
