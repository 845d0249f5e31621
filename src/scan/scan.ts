import { join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { UnratedFinding } from '../diff/diff.js';
import { extractCallSites, type WrapperCandidate } from '../extract/extract.js';
import type { CallSite } from '../extract/types.js';
import { analyzeModule } from '../resolve/analyze-module.js';
import { Evaluator } from '../resolve/evaluate.js';
import { ProjectModules } from '../resolve/loader.js';
import type { ModuleContext } from '../resolve/module.js';
import type { Notice } from '../report/types.js';
import { discoverFiles } from './discover.js';
import { LineIndex } from './lines.js';
import { locateCall } from './locate.js';
import { parseSource } from './parse-source.js';
import { createPrefilter } from './prefilter.js';
import { SourceReader } from './read-source.js';
import { recoverLiteralCalls } from './recover.js';

export interface ScanProgress {
  phase: 'listing' | 'scanning' | 'resolving';
  done: number;
  total: number;
}

export interface ScanOptions {
  onProgress?: (progress: ScanProgress) => void;
  /** Only these files (relative paths), e.g. one shard. */
  filter?: (file: string) => boolean;
}

export interface ScanResult {
  files: number;
  filesParsed: number;
  modulesParsed: number;
  callSites: CallSite[];
  findings: UnratedFinding[];
  notices: Notice[];
}

/** A file's text with what analysis needs: its parsed module, line index and extraction. */
export interface ScannedFile {
  file: string;
  text: string;
  lines: LineIndex;
  module: ModuleContext;
  candidates: WrapperCandidate[];
}

function parseErrorFinding(file: string, lines: LineIndex, offset: number, message: string): UnratedFinding {
  const at = lines.locate(offset);
  return { kind: 'parse-error', file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, message: `could not be parsed: ${message}` };
}

/** Lists, prefilters, parses and extracts every call site of the project. */
export function scanProject(config: ResolvedConfig, options: ScanOptions = {}): ScanResult {
  options.onProgress?.({ phase: 'listing', done: 0, total: 0 });
  const notices: Notice[] = [];
  const listed = discoverFiles({ root: config.root, include: config.include, exclude: config.exclude, notices });
  const files = options.filter ? listed.filter(options.filter) : listed;
  const prefilter = createPrefilter(config.calleeRules);
  const modules = new ProjectModules(config.root);
  const evaluator = new Evaluator(modules);
  const result: ScanResult = { files: listed.length, filesParsed: 0, modulesParsed: 0, callSites: [], findings: [], notices };
  const scanned: ScannedFile[] = [];
  const reader = new SourceReader(config.root, config.maxFileSize, result.notices);

  files.forEach((file, index) => {
    if (index % 200 === 0) options.onProgress?.({ phase: 'scanning', done: index, total: files.length });
    const path = join(config.root, file);
    const text = reader.read(file);
    if (text === undefined || !prefilter.test(text)) return;
    const lines = new LineIndex(text);
    result.filesParsed++;
    let parsed;
    try {
      parsed = parseSource(path, text);
    } catch (error) {
      result.findings.push(parseErrorFinding(file, lines, 0, (error as Error).message.split('\n')[0] ?? 'unknown error'));
      result.callSites.push(...recoverLiteralCalls(file, text, config.calleeRules).map((call) => locateCall(call, lines)));
      return;
    }
    if (!parsed) return;
    const firstError = parsed.errors[0];
    if (firstError) {
      result.findings.push(parseErrorFinding(file, lines, firstError.offset, firstError.message));
      result.callSites.push(...recoverLiteralCalls(file, text, config.calleeRules).map((call) => locateCall(call, lines)));
      return;
    }
    try {
      const module: ModuleContext = { path, analysis: analyzeModule(parsed.program) };
      modules.register(module);
      const extraction = extractCallSites({ file, module, text, comments: parsed.comments, lines, rules: config.calleeRules, evaluator });
      result.callSites.push(...extraction.calls.map((call) => locateCall(call, lines)));
      scanned.push({ file, text, lines, module, candidates: extraction.candidates });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      result.findings.push(parseErrorFinding(file, lines, 0, 'too deeply nested to analyze'));
    }
  });
  options.onProgress?.({ phase: 'scanning', done: files.length, total: files.length });
  result.modulesParsed = modules.modulesParsed;
  return result;
}
