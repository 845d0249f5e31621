import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { readUserFile } from '../../plan/load.js';
import { createBaseline, formatBaseline, parseBaseline, type Baseline } from '../../report/baseline.js';
import { toPartial } from '../../report/partial.js';
import type { FailOn } from '../../report/types.js';
import { buildReport, changesOf, loadProject, shardOf, withTypes } from '../../run.js';
import { scanProject } from '../../scan/scan.js';
import { cachedScan, defaultCacheLocation } from '../../scan/cache.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { resolveOutputs, writeOutputs, type Output } from '../outputs.js';
import type { CommandResult } from '../result.js';

export interface ProjectOptions {
  root: string;
  plan?: string;
  config?: string;
  cwd: string;
}

export interface ReportCommandOptions extends ProjectOptions {
  format?: Output[];
  output?: string;
  failOn: FailOn;
  minCoverage?: number;
  color: boolean;
  baseline?: string;
}

export interface CheckCommandOptions extends ReportCommandOptions {
  types?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  updateBaseline?: boolean;
  changedSince?: string;
  shard?: { index: number; count: number };
}

export function projectOptions(options: ProjectOptions): ProjectOptions {
  return { root: options.root, plan: options.plan, config: options.config, cwd: options.cwd };
}

export function readBaseline(cwd: string, file: string): { file: string; baseline: Baseline } {
  return { file, baseline: parseBaseline(readUserFile(resolve(cwd, file), file), file) };
}

export function runCheck(options: CheckCommandOptions): CommandResult {
  const outputs = resolveOutputs(options.format, options.output);
  if (options.updateBaseline && options.baseline === undefined) {
    throw new UserError('--update-baseline needs --baseline FILE: the file to write');
  }
  const project = loadProject(projectOptions(options));
  if (options.shard) {
    const partial = toPartial(scanProject(project.config, { shard: shardOf(options.shard) }), project.plan, options.shard);
    const json = `${JSON.stringify(partial)}\n`;
    const target = outputs[0]?.file;
    if (target === undefined) return { exitCode: 0, stdout: json };
    writeFileAtomic(resolve(options.cwd, target), json);
    return { exitCode: 0 };
  }
  const changes = options.changedSince !== undefined ? changesOf(project, options.changedSince) : undefined;
  const scanned = options.cache
    ? cachedScan(project.config, options.cacheLocation !== undefined ? resolve(options.cwd, options.cacheLocation) : defaultCacheLocation(project.config.root), 'all', (files) =>
        scanProject(project.config, { files }),
      )
    : scanProject(project.config);
  const scan = withTypes(project, scanned, options.types);
  let baseline = options.baseline !== undefined && !options.updateBaseline ? readBaseline(options.cwd, options.baseline) : undefined;
  let stderr: string | undefined;
  if (options.updateBaseline && options.baseline !== undefined) {
    const all = buildReport(project, scan, { failOn: options.failOn, minCoverage: options.minCoverage, changes });
    const written = createBaseline(all.findings);
    const existed = existsSync(resolve(options.cwd, options.baseline));
    writeFileAtomic(resolve(options.cwd, options.baseline), formatBaseline(written));
    baseline = { file: options.baseline, baseline: written };
    stderr = `trackplan: ${existed ? 'updated' : 'wrote'} ${options.baseline} with ${all.findings.length} findings\n`;
  }
  const report = buildReport(project, scan, { failOn: options.failOn, minCoverage: options.minCoverage, changes, baseline });
  const stdout = writeOutputs(report, outputs, options.cwd, options.color);
  const result: CommandResult = { exitCode: report.outcome.failed ? 1 : 0 };
  if (stdout !== undefined) result.stdout = stdout;
  if (stderr !== undefined) result.stderr = stderr;
  return result;
}
