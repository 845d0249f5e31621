import { UserError } from '../errors.js';
import type { Plan } from '../plan/types.js';
import type { ScanResult } from '../scan/scan.js';

/** What one shard found: everything the diff needs, and nothing it has decided yet. */
export interface PartialReport extends ScanResult {
  version: 1;
  kind: 'trackplan-partial';
  shard: string;
  planHash: string;
}

export function toPartial(scan: ScanResult, plan: Plan, shard: { index: number; count: number }): PartialReport {
  return { version: 1, kind: 'trackplan-partial', shard: `${shard.index}/${shard.count}`, planHash: plan.hash, ...scan };
}

export function parsePartial(text: string, displayPath: string): PartialReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`not a JSON file: ${(error as Error).message}`, { location: { file: displayPath } });
  }
  const partial = value as Partial<PartialReport> | null;
  if (partial?.kind !== 'trackplan-partial' || partial.version !== 1 || !Array.isArray(partial.callSites)) {
    throw new UserError('not a partial report', { location: { file: displayPath }, hint: 'Write one per shard with `trackplan check --shard i/n --output FILE`.' });
  }
  return partial as PartialReport;
}

/** Joins the shards' partial reports into one scan; they must all come from the same plan. */
export function mergePartials(partials: readonly { file: string; partial: PartialReport }[], plan: Plan): ScanResult {
  const stale = partials.find(({ partial }) => partial.planHash !== plan.hash);
  if (stale) {
    throw new UserError(`was made with another version of the plan (${stale.partial.planHash}, now ${plan.hash})`, {
      location: { file: stale.file },
      hint: 'Run every shard again with the same plan.',
    });
  }
  const merged: ScanResult = { files: partials[0]?.partial.files ?? 0, filesParsed: 0, modulesParsed: 0, callSites: [], calledWrappers: [], findings: [], notices: [] };
  const called = new Set<string>();
  for (const { partial } of partials) {
    merged.filesParsed += partial.filesParsed;
    merged.modulesParsed += partial.modulesParsed;
    merged.callSites.push(...partial.callSites);
    merged.findings.push(...partial.findings);
    merged.notices.push(...partial.notices);
    for (const id of partial.calledWrappers) called.add(id);
  }
  merged.calledWrappers = [...called].sort();
  return merged;
}
