import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { resolveConfig } from '../../config/load.js';
import { UserError } from '../../errors.js';
import { initPlan } from '../../plan/init.js';
import { resolveForwards } from '../../scan/forwards.js';
import { scanProject } from '../../scan/scan.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import type { CommandResult } from '../result.js';
import type { ProjectOptions } from './check.js';

export interface InitCommandOptions extends ProjectOptions {
  out?: string;
  force: boolean;
  source?: string;
}

/** Writes a starting tracking plan from the events the code sends; never over an existing file without --force. */
export function runInit(options: InitCommandOptions): CommandResult {
  const config = resolveConfig({ root: options.root, cwd: options.cwd, config: options.config });
  const target = options.out !== undefined ? resolve(options.cwd, options.out) : join(config.root, 'tracking-plan.yaml');
  const shown = relative(options.cwd, target) || target;
  if (existsSync(target) && !options.force) {
    throw new UserError(`${shown} already exists`, { hint: 'Pass --force to overwrite it, or --out FILE to write elsewhere.' });
  }
  const scan = scanProject(config);
  const callSites = resolveForwards(scan.callSites, new Set(scan.calledWrappers));
  const source = options.source ?? config.source;
  const plan = initPlan(callSites, source !== undefined ? { source } : {});
  writeFileAtomic(target, plan);
  const events = new Set(callSites.flatMap((call) => (call.via !== 'forward' && call.name.kind === 'static' ? call.name.names : []))).size;
  const dynamic = callSites.filter((call) => call.via !== 'forward' && call.name.kind === 'dynamic').length;
  return {
    exitCode: 0,
    stderr: `trackplan: wrote ${shown} with ${events} events from ${callSites.length} call sites${dynamic > 0 ? `; ${dynamic} dynamic call sites are listed in it as comments to decide on` : ''}\n`,
  };
}
