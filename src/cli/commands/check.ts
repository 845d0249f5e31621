import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { readUserFile } from '../../util/read-user-file.js';
import { createBaseline, formatBaseline, parseBaseline, type Baseline } from '../../report/baseline.js';
import { toPartial } from '../../report/partial.js';
import type { FailOn } from '../../report/types.js';
import { loadConfig, withPlan, type Project } from '../../project.js';
import { withTypes } from '../../resolve/types.js';
import { discoverGitFilesAsync } from '../../scan/discover.js';
import { buildReport } from '../../report/build.js';
import type { ChangeSet } from '../../scan/changes.js';
import { defaultCacheLocation, openScanCache } from '../../scan/cache.js';
import type { ScanResult } from '../../scan/scan.js';
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

let scanner: Promise<[typeof import('../../scan/scan.js'), typeof import('../../scan/shard.js')]> | undefined;

/** The scanner and the change reader are loaded only by the runs that use them: a cached run needs neither. */
function loadScanner(): NonNullable<typeof scanner> {
  return (scanner ??= Promise.all([import('../../scan/scan.js'), import('../../scan/shard.js')]));
}

async function scan(project: Project, options: { files?: string[]; shard?: { index: number; count: number } } = {}): Promise<ScanResult> {
  const [{ scanProject }, { shardOf }] = await loadScanner();
  return scanProject(project.config, { files: options.files, shard: options.shard ? shardOf(options.shard) : undefined });
}

async function changesOf(project: Project, ref: string | undefined): Promise<ChangeSet | undefined> {
  return ref === undefined ? undefined : (await import('../../scan/changes.js')).changesOf(project, ref);
}

async function scanOrReuse(project: Project, options: CheckCommandOptions, listing: Promise<string[] | undefined>): Promise<ScanResult> {
  if (!options.cache) return scan(project, { files: await listing });
  const location = options.cacheLocation !== undefined ? resolve(options.cwd, options.cacheLocation) : defaultCacheLocation(project.config.root);
  const cache = openScanCache(project.config, location, 'all');
  if (cache.scan) return cache.scan;
  const fresh = await scan(project, { files: cache.files });
  cache.save(fresh);
  return fresh;
}

export async function runCheck(options: CheckCommandOptions): Promise<CommandResult> {
  const outputs = resolveOutputs(options.format, options.output);
  if (options.updateBaseline && options.baseline === undefined) {
    throw new UserError('--update-baseline needs --baseline FILE: the file to write');
  }
  const configured = loadConfig(projectOptions(options));
  const listing = options.shard || options.cache ? Promise.resolve(undefined) : discoverGitFilesAsync(configured.config);
  // Loaded while git lists the files and the plan is read.
  if (!options.cache) void loadScanner();
  const project = withPlan(configured);
  if (options.shard) {
    const partial = toPartial(await scan(project, { shard: options.shard }), project.plan, options.shard);
    const json = `${JSON.stringify(partial)}\n`;
    const target = outputs[0]?.file;
    if (target === undefined) return { exitCode: 0, stdout: json };
    writeFileAtomic(resolve(options.cwd, target), json);
    return { exitCode: 0 };
  }
  const changes = await changesOf(project, options.changedSince);
  const scanned = withTypes(project, await scanOrReuse(project, options, listing), options.types);
  let baseline = options.baseline !== undefined && !options.updateBaseline ? readBaseline(options.cwd, options.baseline) : undefined;
  let stderr: string | undefined;
  if (options.updateBaseline && options.baseline !== undefined) {
    const all = buildReport(project, scanned, { failOn: options.failOn, minCoverage: options.minCoverage, changes });
    const written = createBaseline(all.findings);
    const existed = existsSync(resolve(options.cwd, options.baseline));
    writeFileAtomic(resolve(options.cwd, options.baseline), formatBaseline(written));
    baseline = { file: options.baseline, baseline: written };
    stderr = `trackplan: ${existed ? 'updated' : 'wrote'} ${options.baseline} with ${all.findings.length} findings\n`;
  }
  const report = buildReport(project, scanned, { failOn: options.failOn, minCoverage: options.minCoverage, changes, baseline });
  const stdout = writeOutputs(report, outputs, options.cwd, options.color);
  const result: CommandResult = { exitCode: report.outcome.failed ? 1 : 0 };
  if (stdout !== undefined) result.stdout = stdout;
  if (stderr !== undefined) result.stderr = stderr;
  return result;
}
