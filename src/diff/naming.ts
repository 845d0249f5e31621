import type { CallSite } from '../extract/types.js';
import { checkName, describeConvention } from '../plan/conventions.js';
import type { Plan } from '../plan/types.js';
import type { UnratedFinding } from './diff.js';
import { locationIn } from './location.js';

/**
 * Names and property keys sent that the plan does not declare, against its conventions. A declared
 * name is the plan's to fix (`trackplan lint` checks it), not the call site's.
 */
export function namingFindings(callSites: readonly CallSite[], plan: Plan): UnratedFinding[] {
  const { event: eventConvention, property: propertyConvention } = plan.conventions;
  if (!eventConvention && !propertyConvention) return [];
  const planned = new Map(plan.events.map((event) => [event.name, event]));
  const findings: UnratedFinding[] = [];
  for (const call of callSites) {
    if (call.via === 'forward') continue;
    const names = call.name.kind === 'static' ? call.name.names : [];
    if (eventConvention) {
      for (const name of names) {
        if (planned.has(name) || checkName(name, eventConvention)) continue;
        const expected = describeConvention(eventConvention);
        findings.push({ kind: 'naming', ...locationIn(call.file, call.position), event: name, expected, message: `event name "${name}" does not follow the plan's convention: ${expected}` });
      }
    }
    if (!propertyConvention || !call.properties) continue;
    const declared = (key: string): boolean => key in plan.commonProperties || names.some((name) => planned.get(name)?.properties?.[key] !== undefined);
    for (const entry of call.properties.entries) {
      if (declared(entry.key) || checkName(entry.key, propertyConvention)) continue;
      const expected = describeConvention(propertyConvention);
      const finding: UnratedFinding = { kind: 'naming', ...locationIn(call.file, entry.keyPosition), property: entry.key, expected, message: `property "${entry.key}" does not follow the plan's convention: ${expected}` };
      if (names.length === 1) finding.event = names[0];
      findings.push(finding);
    }
  }
  return findings;
}
