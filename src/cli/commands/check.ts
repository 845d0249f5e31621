import { resolve } from 'node:path';
import { check } from '../../run.js';
import { formatters, type FormatName } from '../../report/formatters/index.js';
import type { FailOn } from '../../report/types.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import type { CommandResult } from '../result.js';

export interface CheckCommandOptions {
  root: string;
  plan?: string;
  config?: string;
  format: FormatName;
  output?: string;
  failOn: FailOn;
  minCoverage?: number;
  color: boolean;
  cwd: string;
}

export function runCheck(options: CheckCommandOptions): CommandResult {
  const report = check({ root: options.root, cwd: options.cwd, plan: options.plan, config: options.config, failOn: options.failOn, minCoverage: options.minCoverage });
  const output = formatters[options.format](report, { color: options.color && options.output === undefined });
  const exitCode = report.outcome.failed ? 1 : 0;
  if (options.output !== undefined) {
    writeFileAtomic(resolve(options.cwd, options.output), output);
    return { exitCode };
  }
  return { exitCode, stdout: output };
}
