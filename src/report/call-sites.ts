import type { CallSite } from '../extract/types.js';
import type { ReportCallSite } from './types.js';

export function toReportCallSite(call: CallSite): ReportCallSite {
  const site: ReportCallSite = {
    file: call.file,
    line: call.position.line,
    column: call.position.column,
    endLine: call.position.endLine,
    endColumn: call.position.endColumn,
    callee: call.callee,
    via: call.via,
    names: call.name.kind === 'static' ? call.name.names : [],
    resolution: call.name.kind === 'static' ? call.name.resolution : 'dynamic',
  };
  if (call.name.kind === 'dynamic') {
    site.reason = call.name.reason;
    if (call.name.pattern !== undefined) site.pattern = call.name.pattern;
  }
  if (call.properties) site.properties = call.properties.entries.map((entry) => entry.key);
  if (call.recovered) site.recovered = true;
  return site;
}
