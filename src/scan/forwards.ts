import type { CallSite, NameResolution } from '../extract/types.js';

const FORWARDED: NameResolution = { kind: 'dynamic', reason: "forwarded from the wrapper's parameters" };

export function functionId(file: string, start: number): string {
  return `${file}#${start}`;
}

/**
 * Calls inside wrappers that were called somewhere become forwards; the others keep their dynamic
 * name ("parameter of a function never called"). Pure, so that shards can be merged first.
 */
export function resolveForwards(callSites: readonly CallSite[], calledWrappers: ReadonlySet<string>): CallSite[] {
  return callSites.map((call) => {
    if (call.forwardOf === undefined) return call;
    const { forwardOf, ...rest } = call;
    if (rest.via === 'forward') return rest.name.kind === 'dynamic' ? { ...rest, name: FORWARDED } : rest;
    return calledWrappers.has(forwardOf) ? { ...rest, via: 'forward', name: FORWARDED } : rest;
  });
}
