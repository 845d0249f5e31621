import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toPosix } from '../util/paths.js';
import { functionId } from './forwards.js';
import type { ResolvedConfig } from '../config/types.js';
import type { UnratedFinding } from '../diff/diff.js';
import type { FunctionNode } from '../extract/ast.js';
import { extractCallSites, type Extraction } from '../extract/extract.js';
import type { CallSite, ExtractedCall } from '../extract/types.js';
import { analyzeModule } from '../resolve/analyze-module.js';
import { Evaluator } from '../resolve/evaluate.js';
import { ProjectModules } from '../resolve/loader.js';
import type { ModuleContext } from '../resolve/module.js';
import { MAX_WRAPPER_DEPTH, WrapperResolver } from '../resolve/wrappers.js';
import type { Notice } from '../report/types.js';
import type { Comment } from '../extract/ast.js';
import { discoverFiles } from './discover.js';
import { LineIndex } from './lines.js';
import { locateCall } from './locate.js';
import { parseSource } from './parse-source.js';
import { createPrefilter } from './prefilter.js';
import { generatedClientTest } from './generated.js';
import { recoverLiteralCalls } from './recover.js';

export interface ScanProgress {
  phase: 'listing' | 'scanning' | 'resolving';
  done: number;
  total: number;
}

export interface ScanOptions {
  onProgress?: (progress: ScanProgress) => void;
  /** Report call sites of these files only (one shard); wrappers are still learnt from every file that calls the SDK. */
  shard?: (file: string) => boolean;
}

export interface ScanResult {
  files: number;
  filesParsed: number;
  modulesParsed: number;
  /** Calls inside functions that may be wrappers carry `forwardOf`: see resolveForwards. */
  callSites: CallSite[];
  /** Wrappers with a caller, as `file#offset`. */
  calledWrappers: string[];
  findings: UnratedFinding[];
  notices: Notice[];
}

/** A parsed source file, kept while the run may extract it again with more wrappers known. */
interface SourceFile {
  file: string;
  text: string;
  lines: LineIndex;
  module: ModuleContext;
  comments: Comment[];
}

function readSource(path: string, file: string, maxSize: number, notices: Notice[]): string | undefined {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR') notices.push({ file, message: code === 'ENOENT' ? 'deleted during the scan' : `could not be read (${code ?? 'unknown error'})` });
    return undefined;
  }
  if (buffer.length > maxSize) {
    notices.push({ file, message: `skipped: ${buffer.length} bytes is over maxFileSize (${maxSize}); raise "maxFileSize" in the config to scan it` });
    return undefined;
  }
  if (buffer.includes(0)) {
    notices.push({ file, message: 'skipped: binary content' });
    return undefined;
  }
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

function parseErrorFinding(file: string, lines: LineIndex, offset: number, message: string): UnratedFinding {
  const at = lines.locate(offset);
  return { kind: 'parse-error', file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, message: `could not be parsed: ${message}` };
}

/** Names under which a wrapper can be called or imported: the prefilter's second pass looks for them. */
function wrapperNames(fn: FunctionNode, module: ModuleContext): string[] {
  const owner = module.analysis.functionOwners.get(fn);
  return [owner?.name, owner?.ownerName, ...module.analysis.exports.keys()].filter((name): name is string => name !== undefined && name !== 'default' && /^[\w$]+$/.test(name));
}

/**
 * Lists, prefilters, parses and extracts every call site of the project. Wrappers are found in
 * rounds: files that call the SDK first, then files that mention a wrapper found so far.
 */
export function scanProject(config: ResolvedConfig, options: ScanOptions = {}): ScanResult {
  options.onProgress?.({ phase: 'listing', done: 0, total: 0 });
  const listed = discoverFiles({ root: config.root, include: config.include, exclude: config.exclude });
  const inShard = options.shard ?? (() => true);
  const isGenerated = generatedClientTest(config.root, config.generated);
  const modules = new ProjectModules(config.root, isGenerated);
  const evaluator = new Evaluator(modules);
  const result: ScanResult = { files: listed.length, filesParsed: 0, modulesParsed: 0, callSites: [], calledWrappers: [], findings: [], notices: [] };
  const sources = new Map<string, SourceFile>();
  const attempted = new Set<string>();
  const unreadable = new Set<string>();

  const recover = (file: string, text: string, lines: LineIndex, offset: number, message: string): void => {
    if (!inShard(file)) return;
    result.findings.push(parseErrorFinding(file, lines, offset, message));
    result.callSites.push(...recoverLiteralCalls(file, text, config.calleeRules).map((call) => locateCall(call, lines)));
  };

  const parseFile = (file: string, text: string): void => {
    const path = join(config.root, file);
    const lines = new LineIndex(text);
    attempted.add(file);
    result.filesParsed++;
    const loaded = modules.adopt(path);
    if (loaded) {
      sources.set(file, { file, text, lines, module: loaded, comments: loaded.comments ?? [] });
      return;
    }
    let parsed;
    try {
      parsed = parseSource(path, text);
    } catch (error) {
      recover(file, text, lines, 0, (error as Error).message.split('\n')[0] ?? 'unknown error');
      return;
    }
    if (!parsed) return;
    const firstError = parsed.errors[0];
    if (firstError) {
      recover(file, text, lines, firstError.offset, firstError.message);
      return;
    }
    try {
      const module: ModuleContext = { path, analysis: analyzeModule(parsed.program), comments: parsed.comments, generated: isGenerated(path, text) };
      modules.register(module);
      sources.set(file, { file, text, lines, module, comments: parsed.comments });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      if (inShard(file)) result.findings.push(parseErrorFinding(file, lines, 0, 'too deeply nested to analyze'));
    }
  };

  const parseMatching = (prefilter: RegExp, phase: ScanProgress['phase'], files: readonly string[]): void => {
    files.forEach((file, index) => {
      if (index % 500 === 0) options.onProgress?.({ phase, done: index, total: files.length });
      if (attempted.has(file) || unreadable.has(file)) return;
      const text = readSource(join(config.root, file), file, config.maxFileSize, result.notices);
      if (text === undefined) unreadable.add(file);
      else if (prefilter.test(text)) parseFile(file, text);
    });
  };

  const extractAll = (wrappers: WrapperResolver): Map<SourceFile, Extraction> => {
    const extractions = new Map<SourceFile, Extraction>();
    for (const source of sources.values()) {
      extractions.set(source, extractCallSites({ ...source, rules: config.calleeRules, evaluator, wrappers }));
    }
    return extractions;
  };

  parseMatching(createPrefilter(config.calleeRules), 'scanning', listed);
  const shardFiles = listed.filter(inShard);
  const names = new Set<string>();
  let wrappers = new WrapperResolver(evaluator, config.calleeRules, false);
  let extractions = extractAll(wrappers);
  for (let round = 0; round < MAX_WRAPPER_DEPTH; round++) {
    const before = names.size;
    for (const [source, extraction] of extractions) {
      for (const candidate of extraction.candidates) for (const name of wrapperNames(candidate.fn, source.module)) names.add(name);
    }
    if (names.size === before) break;
    parseMatching(createPrefilter({ ...config.calleeRules, specs: [] }, [...names]), 'resolving', shardFiles);
    wrappers = new WrapperResolver(evaluator, config.calleeRules);
    extractions = extractAll(wrappers);
  }

  for (const [source, extraction] of extractions) {
    if (!inShard(source.file)) continue;
    const forwards = new Map<ExtractedCall, FunctionNode>(extraction.candidates.map((candidate) => [candidate.call, candidate.fn]));
    for (const call of extraction.calls) {
      const fn = forwards.get(call);
      result.callSites.push(locateCall(fn ? { ...call, forwardOf: functionId(source.file, fn.range[0]) } : call, source.lines));
    }
  }
  for (const [fn, module] of wrappers.called) result.calledWrappers.push(functionId(toPosix(relative(config.root, module.path)), fn.range[0]));
  result.calledWrappers.sort();
  options.onProgress?.({ phase: 'resolving', done: listed.length, total: listed.length });
  result.modulesParsed = modules.modulesParsed;
  return result;
}
