import { extname } from 'node:path';
import { PRESETS } from '../../src/config/presets.js';
import type { CalleeRules, CalleeSpec } from '../../src/extract/callees.js';
import { extractCallSites, type Extraction } from '../../src/extract/extract.js';
import type { CallSite } from '../../src/extract/types.js';
import { Evaluator } from '../../src/resolve/evaluate.js';
import { analyzedModule, NO_IMPORTS, type ModuleLoader } from '../../src/resolve/module.js';
import { WrapperResolver } from '../../src/resolve/wrappers.js';
import { LineIndex } from '../../src/scan/lines.js';
import { locateCall } from '../../src/scan/locate.js';
import { languageOf, parseScript } from '../../src/scan/parse.js';

export function rules(extra: Partial<CalleeRules> & { callees?: CalleeSpec[] } = {}): CalleeRules {
  const { callees = [], ...rest } = extra;
  return {
    specs: [...callees, ...PRESETS.segment.specs],
    excludedReceivers: [],
    reservedKeys: [],
    reservedPrefixes: [],
    sdkPackages: PRESETS.segment.sdkPackages,
    ...rest,
  };
}

export interface Extracted {
  calls: CallSite[];
  extraction: Extraction;
}

/** Runs the real parser, analysis and extractor over one source text. */
export function extract(code: string, options: { file?: string; rules?: CalleeRules; loader?: ModuleLoader } = {}): Extracted {
  const file = options.file ?? 'src/app.ts';
  const parsed = parseScript(file, code, languageOf(extname(file)) ?? 'ts');
  if (parsed.errors.length > 0) throw new Error(`test source does not parse: ${parsed.errors[0]?.message}`);
  const module = analyzedModule(`/project/${file}`, parsed);
  const lines = new LineIndex(code);
  const calleeRules = options.rules ?? rules();
  const evaluator = new Evaluator(options.loader ?? NO_IMPORTS);
  const extraction = extractCallSites({ file, module, text: code, comments: parsed.comments, lines, rules: calleeRules, evaluator, wrappers: new WrapperResolver(evaluator, calleeRules) });
  return { calls: extraction.calls.map((call) => locateCall(call, lines)), extraction };
}

/** The compact view most tests assert on: where, what name, how resolved. */
export function summarize(calls: CallSite[]): string[] {
  return calls.map((call) => {
    const where = `${call.position.line}:${call.position.column}-${call.position.endLine}:${call.position.endColumn}`;
    const name = call.name.kind === 'static' ? `${call.name.resolution} ${call.name.names.join(' | ')}` : `dynamic (${call.name.reason})${call.name.pattern !== undefined ? ` "${call.name.pattern}"` : ''}`;
    return `${where} ${call.callee} ${call.via} ${name}${call.analytics ? '' : ' [low confidence]'}`;
  });
}
