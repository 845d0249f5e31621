import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { listableMatcher } from '../util/globs.js';
import { toPosix } from '../util/paths.js';
import { functionId } from './forwards.js';
import type { ResolvedConfig } from '../config/types.js';
import type { UnratedFinding } from '../diff/diff.js';
import { extractCallSites, type Extraction } from '../extract/extract.js';
import type { Directive } from '../extract/directives.js';
import type { CallSite, ExtractedCall } from '../extract/types.js';
import { Evaluator } from '../resolve/evaluate.js';
import { ImportGraph } from '../resolve/import-graph.js';
import { ProjectModules } from '../resolve/loader.js';
import { analyzedModule, type ModuleContext } from '../resolve/module.js';
import { callsProjectImport, MAX_WRAPPER_DEPTH, WrapperResolver } from '../resolve/wrappers.js';
import { dependenciesOf } from '../resolve/workspaces.js';
import type { Notice } from '../report/types.js';
import { startOf, type Comment, type FunctionNode } from '../extract/ast.js';
import { discoverFiles } from './discover.js';
import { LineIndex } from './lines.js';
import { locateCall } from './locate.js';
import { parseSource } from './parse-source.js';
import { Prefilter } from './prefilter.js';
import { CallerNames, type FilesInSight } from './caller-names.js';
import { startPeerScan, PEER_MIN_FILES, type NameExchange, type ShareResult } from './peer.js';
import { generatedClientTest } from './generated.js';
import { plainText, SourceReader } from './read-source.js';
import { NameIndex } from './name-index.js';
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
  /** The files, when the caller has listed them already. */
  files?: readonly string[];
  /** 2: half of the files are scanned in a worker thread; 'auto' (the default) when the tree is large enough to pay for it. */
  threads?: 1 | 2 | 'auto';
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
  comments: Comment[];
  /** Absent once released: then only a wrapper's name in its text makes the file parsed again. */
  module?: ModuleContext;
  /** What it sends with no wrapper known, extracted as soon as it is parsed in a one-shot scan. */
  firstExtraction?: Extraction;
}

function parseErrorFinding(file: string, lines: LineIndex, offset: number, message: string): UnratedFinding {
  const at = lines.locate(offset);
  return { kind: 'parse-error', file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, message: `could not be parsed: ${message}` };
}

/**
 * Lists, prefilters, parses and extracts every call site of the project. Wrappers are found in
 * rounds: files that call the SDK first, then files that mention a wrapper found so far. It keeps
 * what it parsed, so that `update` re-parses only the files that changed (watch mode).
 */
export class ProjectScanner {
  private listed = new Set<string>();
  /** Every listed file, those of both threads in a two-thread scan: what the wrapper rounds parse when it spells a wrapper's name. */
  private roundFiles: ReadonlySet<string> = this.listed;
  private readonly sources = new Map<string, SourceFile>();
  /** Parse errors and call sites recovered by the text scan, per file that does not parse. */
  private readonly broken = new Map<string, { finding: UnratedFinding; callSites: CallSite[] }>();
  private readonly notices = new Map<string, Notice>();
  private listingNotices: Notice[] = [];
  private readonly unreadable = new Set<string>();
  /** Files that did not pass the first prefilter, kept (within a budget) for the wrappers' round. */
  private readonly unparsedBytes = new Map<string, Buffer>();
  private unparsedBudget = UNPARSED_BYTES_BUDGET;
  private readonly attempted = new Set<string>();
  private readonly modules: ProjectModules;
  private readonly readerNotices: Notice[] = [];
  private readonly reader: SourceReader;
  private readonly evaluator: Evaluator;
  private readonly isGenerated: (path: string, text: string) => boolean;
  private readonly isListable: (file: string) => boolean;
  private readonly inShard: (file: string) => boolean;
  private readonly names: CallerNames;
  private readonly nameIndex = new NameIndex(
    () => this.roundFiles,
    (file) => this.contentOf(file),
  );
  /** How many times a file was parsed for its call sites: what watch mode must keep small. */
  parses = 0;
  /**
   * A one-shot scan lets go of each file's syntax tree once its call sites are known, unless a
   * wrapper round may need it, so that memory follows what is kept rather than the tree's size.
   */
  private releasing = false;
  private readonly noWrappers: WrapperResolver;
  /** The first prefilter: can a file call a configured callee? */
  private readonly callees: Prefilter;
  private importGraph: ImportGraph;
  /** takesUnseenWrappers by module, for the import graph read last. */
  private readonly unseenWrappers = new Map<string, boolean>();
  private readonly rootPrefix: string;

  constructor(
    private readonly config: ResolvedConfig,
    private readonly options: ScanOptions = {},
  ) {
    this.isGenerated = generatedClientTest(config.root, config.generated);
    this.modules = new ProjectModules(config.root, this.isGenerated);
    this.reader = new SourceReader(config.root, config.maxFileSize, this.readerNotices);
    this.evaluator = new Evaluator(this.modules);
    this.noWrappers = new WrapperResolver(this.evaluator, config.calleeRules, 'none');
    this.callees = new Prefilter(config.calleeRules);
    this.names = new CallerNames(config.calleeRules, this.callees, this.filesInSight());
    this.importGraph = this.readImports();
    this.rootPrefix = join(config.root, sep);
    this.isListable = listableMatcher(config.include, config.exclude);
    this.inShard = options.shard ?? (() => true);
  }

  listedFiles(): string[] {
    return [...this.listed];
  }

  scan(): ScanResult {
    this.releasing = true;
    const listed = this.list();
    const peer = this.wantsPeer(listed.length) ? startPeerScan(this.config, listed) : undefined;
    if (!peer) {
      this.parseMatching(this.callees, 'scanning', [...listed, ...this.dependencyFiles()]);
      return this.assemble();
    }
    const share = this.scanShare(peer, listed, this.dependencyFiles());
    return mergeShares(share, peer.finish(), listed.length);
  }

  /**
   * One thread's share of a two-thread scan: the files it claims (it reports on those alone), then
   * wrapper rounds in which both threads learn the same names.
   */
  scanShare(exchange: NameExchange, files: readonly string[], dependencyFiles: readonly string[] = []): ShareResult {
    this.releasing = true;
    this.listed = new Set();
    this.roundFiles = new Set(files);
    for (let claimed = exchange.claim(files); claimed.length > 0; claimed = exchange.claim(files)) {
      for (const file of claimed) this.listed.add(file);
      this.parseMatching(this.callees, undefined, claimed);
    }
    this.parseMatching(this.callees, undefined, dependencyFiles);
    return this.shareResult(this.assemble(exchange));
  }

  private wantsPeer(files: number): boolean {
    const { threads = 'auto', shard } = this.options;
    if (threads === 1 || shard !== undefined) return false;
    return threads === 2 || (files >= PEER_MIN_FILES && availableParallelism() > 1);
  }

  private shareResult(result: ScanResult): ShareResult {
    return { result, modulePaths: this.modules.moduleOnlyPaths(), sourcePaths: [...this.attempted].map((file) => join(this.config.root, file)) };
  }

  /** The same scan, letting the event loop run between slices of files, so that a dashboard can show its progress. */
  async scanInSlices(slice = 250): Promise<ScanResult> {
    const files = [...this.list(), ...this.dependencyFiles()];
    for (let start = 0; start < files.length; start += slice) {
      this.options.onProgress?.({ phase: 'scanning', done: start, total: files.length });
      await new Promise((resolve) => setImmediate(resolve));
      this.parseMatching(this.callees, undefined, files.slice(start, start + slice));
    }
    return this.assemble();
  }

  /**
   * The files of the workspace packages the scanned package depends on, when they lie outside it
   * (`trackplan check` run in apps/web): read only to learn the wrappers they define.
   */
  private dependencyFiles(): string[] {
    const files: string[] = [];
    for (const name of dependenciesOf(this.config.root)) {
      const dir = this.modules.workspaces.get(name);
      if (dir === undefined || !relative(this.config.root, dir).startsWith('..')) continue;
      for (const file of discoverFiles({ root: dir, include: this.config.include, exclude: this.config.exclude })) {
        files.push(this.fileOf(join(dir, file)));
      }
    }
    return files;
  }

  /** Whether a file's call sites, findings and notices belong in this report. */
  private reports(file: string): boolean {
    return this.listed.has(file) && this.inShard(file);
  }

  private list(): string[] {
    this.options.onProgress?.({ phase: 'listing', done: 0, total: 0 });
    this.listingNotices = [];
    this.listed = new Set(this.options.files ?? discoverFiles({ root: this.config.root, include: this.config.include, exclude: this.config.exclude, notices: this.listingNotices }));
    this.roundFiles = this.listed;
    return [...this.listed];
  }

  /** Re-reads and re-parses only the changed files (relative paths), then extracts and resolves again. */
  update(changed: readonly string[]): ScanResult {
    this.releasing = false;
    this.importGraph = this.readImports();
    for (const source of this.sources.values()) {
      source.firstExtraction = undefined;
      if (!source.module) this.restore(source);
    }
    const reread: string[] = [];
    for (const file of changed) {
      this.forget(file);
      if (existsSync(join(this.config.root, file)) && this.isListable(file)) {
        this.listed.add(file);
        reread.push(file);
      } else {
        this.listed.delete(file);
        this.sources.delete(file);
      }
    }
    const prefilter = this.names.changedFilePrefilter();
    for (const file of reread) {
      const bytes = this.readBytes(file);
      const text = bytes !== undefined && prefilter.mayMatch(bytes) ? this.decode(file, bytes) : undefined;
      if (text !== undefined && prefilter.test(text)) this.parseFile(file, text);
      else this.sources.delete(file);
    }
    this.nameIndex.update(changed);
    this.names.revisit(changed);
    return this.assemble();
  }

  private forget(file: string): void {
    this.modules.forget(join(this.config.root, file));
    this.attempted.delete(file);
    this.broken.delete(file);
    this.notices.delete(file);
    this.unreadable.delete(file);
  }

  private readBytes(file: string): Buffer | undefined {
    const bytes = this.reader.readBytes(file);
    this.takeReaderNotices(file);
    if (bytes === undefined) this.unreadable.add(file);
    return bytes;
  }

  private decode(file: string, bytes: Buffer): string {
    const text = this.reader.decode(file, bytes);
    this.takeReaderNotices(file);
    return text;
  }

  private takeReaderNotices(file: string): void {
    for (const notice of this.readerNotices) this.notices.set(file, notice);
    this.readerNotices.length = 0;
  }

  /** Parses the files whose text passes the prefilter; `phase` names the progress reported, if any. */
  private parseMatching(prefilter: Prefilter, phase: ScanProgress['phase'] | undefined, files: readonly string[]): void {
    files.forEach((file, index) => {
      if (phase && index % 500 === 0) this.options.onProgress?.({ phase, done: index, total: files.length });
      if (this.attempted.has(file) || this.unreadable.has(file)) return;
      const bytes = this.unparsedBytes.get(file) ?? this.readBytes(file);
      if (bytes === undefined) return;
      const text = prefilter.mayMatch(bytes) ? this.decode(file, bytes) : undefined;
      if (text !== undefined && prefilter.test(text)) {
        this.unparsedBytes.delete(file);
        this.parseFile(file, text);
      } else if (!this.unparsedBytes.has(file) && bytes.length <= this.unparsedBudget) {
        this.unparsedBytes.set(file, bytes);
        this.unparsedBudget -= bytes.length;
      }
    });
  }

  /** A file that stops parsing keeps its last good call sites; its parse error is reported all the same. */
  private parseFile(file: string, text: string): void {
    const path = join(this.config.root, file);
    const lines = new LineIndex(text);
    this.attempted.add(file);
    const loaded = this.modules.adopt(path);
    if (loaded) {
      const source: SourceFile = { file, text, lines, module: loaded, comments: loaded.comments ?? [] };
      this.sources.set(file, source);
      if (this.releasing) this.extractFirst(source, loaded);
      return;
    }
    let parsed;
    this.parses++;
    try {
      parsed = parseSource(path, text);
    } catch (error) {
      this.recover(file, text, lines, 0, (error as Error).message.split('\n')[0] ?? 'unknown error');
      return;
    }
    if (!parsed) return;
    const firstError = parsed.errors[0];
    if (firstError) {
      this.recover(file, text, lines, firstError.offset, firstError.message);
      return;
    }
    try {
      const module = analyzedModule(path, parsed, this.isGenerated(path, text));
      this.modules.register(module);
      const source: SourceFile = { file, text, lines, module, comments: parsed.comments };
      this.sources.set(file, source);
      if (this.releasing) this.extractFirst(source, module);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      this.broken.set(file, { finding: parseErrorFinding(file, lines, 0, 'too deeply nested to analyze'), callSites: [] });
    }
  }

  private recover(file: string, text: string, lines: LineIndex, offset: number, message: string): void {
    const callSites = this.sources.has(file) ? [] : recoverLiteralCalls(file, text, this.config.calleeRules).map((call) => locateCall(call, lines));
    this.broken.set(file, { finding: parseErrorFinding(file, lines, offset, message), callSites });
  }

  /** The extraction with no wrapper known, right after parsing; the tree goes when no round can need it. */
  private extractFirst(source: SourceFile, module: ModuleContext): void {
    source.firstExtraction = extractCallSites({ ...source, module, rules: this.config.calleeRules, evaluator: this.evaluator, wrappers: this.noWrappers });
    if (source.firstExtraction.candidates.length > 0 || callsProjectImport(module)) return;
    source.module = undefined;
    this.modules.release(module.path);
  }

  /**
   * The names the next round follows and looks for: those of the possible wrappers the files
   * define, of the wrappers a call was followed to (in a module no round parses, or reached by a
   * default import), and the names modules export them again under.
   */
  private learnNames(extractions: ReadonlyMap<SourceFile, Extraction>, wrappers: WrapperResolver): void {
    for (const [{ module }, extraction] of extractions) {
      if (!module) continue;
      for (const candidate of extraction.candidates) this.names.addWrapper(candidate.fn, module);
    }
    for (const [fn, module] of wrappers.called) this.names.addWrapper(fn, module);
    for (const { module } of this.sources.values()) if (module) this.names.addAliases(module);
  }

  /**
   * Whether a function imported from the project by a name the rounds have not learnt may still be
   * a wrapper. A round parses every listed file that spells a learnt name, and learns the wrappers
   * it defines and the names it exports them under; so a named import needs following only from a
   * module no round parses, or one that takes from such a module, or one that uses what it imports
   * by default, whose name it need not spell. A default export is `default` to every importer:
   * followed whenever its module can lead to a track call.
   */
  private mayBeUnnamedWrapper(from: string, specifier: string, imported: string): boolean {
    const target = this.modules.resolveProjectFile(from, specifier);
    if (target === undefined) return false;
    const named = imported !== 'default' && imported !== '*';
    if (named && this.roundsParse(target) && !this.takesUnseenWrappers(target)) return false;
    return this.importGraph.reachesCallee(target);
  }

  /** Whether a module the rounds parse may hold a wrapper under a name no round can learn from its text. */
  private takesUnseenWrappers(path: string): boolean {
    let takes = this.unseenWrappers.get(path);
    if (takes === undefined) {
      const outOfSight = this.importGraph.importsOf(path).some((imported) => !this.roundsParse(imported) && this.importGraph.reachesCallee(imported));
      takes = outOfSight || this.importGraph.usesUnnamedImportReachingCallee(path);
      this.unseenWrappers.set(path, takes);
    }
    return takes;
  }

  /** Whether the wrapper rounds parse `path` when it spells a learnt name: a listed file of this shard. */
  private roundsParse(path: string): boolean {
    const file = this.fileOf(path);
    return this.roundFiles.has(file) && this.inShard(file);
  }

  /** The project-relative path of an absolute one, with `/`. */
  private fileOf(path: string): string {
    return toPosix(path.startsWith(this.rootPrefix) ? path.slice(this.rootPrefix.length) : relative(this.config.root, path));
  }

  /** The import graph as the files read so far say it, and nothing worked out from the one before. */
  private readImports(): ImportGraph {
    this.unseenWrappers.clear();
    const heldText = (path: string): string | undefined => {
      const content = this.heldContent(this.fileOf(path));
      return content === undefined ? undefined : plainText(content);
    };
    return new ImportGraph((from, specifier) => this.modules.resolveProjectFile(from, specifier), (text) => this.callees.test(text), undefined, heldText);
  }

  /** The files of `files` that contain a name the prefilter searches bytes for: the others fail it. */
  private containingSearchedNames(prefilter: Prefilter, files: readonly string[]): string[] {
    const candidates = new Set(prefilter.searchedNames.flatMap((name) => this.nameIndex.filesContaining(name)));
    return files.filter((file) => candidates.has(file));
  }

  /** The files the wrapper rounds look for names in, and how they read them. */
  private filesInSight(): FilesInSight {
    return {
      inSight: (path) => this.roundsParse(path),
      unparsedContaining: (name) => this.nameIndex.filesContaining(name).filter((file) => this.listed.has(file) && this.inShard(file) && !this.attempted.has(file)).length,
      spelling: (names, among) => this.nameIndex.filesSpelling(names, among),
      load: (file) => this.loadHolder(file),
    };
  }

  /** A file's text when it was parsed, its bytes while it is kept unparsed. */
  private heldContent(file: string): string | Buffer | undefined {
    return this.sources.get(file)?.text ?? this.unparsedBytes.get(file);
  }

  /** What the rounds read of a file: what is held, or the file again; nothing for one that cannot be read or parsed. */
  private contentOf(file: string): string | Buffer | undefined {
    const held = this.heldContent(file);
    if (held !== undefined || this.attempted.has(file) || this.unreadable.has(file)) return held;
    return this.readBytes(file);
  }

  private loadHolder(file: string): { module: ModuleContext; text: string } | undefined {
    const content = this.contentOf(file);
    if (content === undefined) return undefined;
    const module = this.sources.get(file)?.module ?? this.modules.load(join(this.config.root, file));
    return module && { module, text: plainText(content) };
  }

  /** Parses a released file again, from the text it was read with. */
  private restore(source: SourceFile): ModuleContext {
    const path = join(this.config.root, source.file);
    const parsed = parseSource(path, source.text);
    if (!parsed) throw new Error(`${source.file} parsed once and not again`);
    const module = analyzedModule(path, parsed, this.isGenerated(path, source.text));
    this.modules.register(module);
    source.module = module;
    return module;
  }

  /**
   * Round 0 reuses the first extractions; later rounds extract again what the names can change. A
   * released file calls no function of the project's by import, and none of its own functions
   * forwards a name, so only a name a caller in another file must write (a package's export, a
   * method of an exported class or object) can change what it sends.
   */
  private extractAll(wrappers: WrapperResolver, mentionsName?: Prefilter): Map<SourceFile, Extraction> {
    const extractions = new Map<SourceFile, Extraction>();
    for (const source of this.sources.values()) {
      const unchanged = mentionsName === undefined || (!source.module && !mentionsName.test(source.text));
      if (source.firstExtraction && unchanged) {
        extractions.set(source, source.firstExtraction);
        continue;
      }
      const module = source.module ?? this.restore(source);
      extractions.set(source, extractCallSites({ ...source, module, rules: this.config.calleeRules, evaluator: this.evaluator, wrappers }));
    }
    return extractions;
  }

  private assemble(exchange?: NameExchange): ScanResult {
    // What the rounds parse is parsed for them: they keep it.
    this.releasing = false;
    let wrappers = this.noWrappers;
    let extractions = this.extractAll(wrappers);
    const shardFiles = [...this.listed].filter(this.inShard).sort();
    const follow = { names: this.names.followed, mayBeUnnamedWrapper: (from: string, specifier: string, imported: string) => this.mayBeUnnamedWrapper(from, specifier, imported) };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const before = this.names.size;
      this.learnNames(extractions, wrappers);
      if (exchange) this.names.share(exchange);
      if (this.names.followed.size === 0 || (round > 0 && this.names.size === before)) break;
      const callers = this.names.callersPrefilter();
      const untested = this.names.untestedPrefilter();
      if (untested) this.parseMatching(untested, 'resolving', this.containingSearchedNames(untested, shardFiles));
      wrappers = new WrapperResolver(this.evaluator, this.config.calleeRules, follow);
      extractions = this.extractAll(wrappers, callers);
    }
    const result: ScanResult = {
      files: this.listed.size,
      filesParsed: this.attempted.size,
      modulesParsed: this.modules.modulesParsed,
      callSites: [],
      calledWrappers: [],
      findings: [],
      notices: [...this.listingNotices.filter((notice) => this.inShard(notice.file)), ...[...this.notices.values()].filter((notice) => this.reports(notice.file))],
    };
    for (const [file, broken] of this.broken) {
      if (!this.reports(file)) continue;
      result.findings.push(broken.finding);
      result.callSites.push(...broken.callSites);
    }
    for (const [source, extraction] of extractions) {
      if (!this.reports(source.file)) continue;
      result.notices.push(...staleDirectives(source, extraction));
      const forwards = new Map<ExtractedCall, FunctionNode>(extraction.candidates.map((candidate) => [candidate.call, candidate.fn]));
      for (const call of extraction.calls) {
        const fn = forwards.get(call);
        result.callSites.push(locateCall(fn ? { ...call, forwardOf: functionId(source.file, startOf(fn)) } : call, source.lines));
      }
    }
    for (const [fn, module] of wrappers.called) result.calledWrappers.push(functionId(this.fileOf(module.path), startOf(fn)));
    result.calledWrappers.sort();
    this.unparsedBytes.clear();
    this.unparsedBudget = UNPARSED_BYTES_BUDGET;
    this.options.onProgress?.({ phase: 'resolving', done: this.listed.size, total: this.listed.size });
    return result;
  }
}

/**
 * Wrapper levels are counted by each signature (MAX_WRAPPER_DEPTH); a round may also learn only a
 * name a wrapper is exported again under, or one found by following a call, so there are more.
 */
const MAX_ROUNDS = 2 * MAX_WRAPPER_DEPTH;

/** Reading a tree twice costs less than holding a large one. */
const UNPARSED_BYTES_BUDGET = 32 * 1024 * 1024;

const DIRECTIVE_PURPOSE: Record<Directive['kind'], string> = {
  events: 'there is no call with a dynamic name on its line or the next',
  'ignore-next-line': 'there is no track call on the next line',
  'ignore-file': 'the file has no track call',
};

/** Directives that no longer do anything, so that they can go (as knip reports stale tags). */
function staleDirectives(source: SourceFile, extraction: Extraction): Notice[] {
  return extraction.directives
    .filter((directive) => !directive.used)
    .map((directive) => {
      const { line, column } = source.lines.locate(directive.position.start);
      return { file: source.file, line, column, message: `trackplan-${directive.kind} does nothing: ${DIRECTIVE_PURPOSE[directive.kind]}` };
    });
}

/** The two shares of a two-thread scan as one result, counted as one thread would count them. */
function mergeShares(own: ShareResult, peer: ShareResult, files: number): ScanResult {
  const sources = new Set([...own.sourcePaths, ...peer.sourcePaths]);
  const modules = new Set([...own.modulePaths, ...peer.modulePaths].filter((path) => !sources.has(path)));
  return {
    files,
    filesParsed: sources.size,
    modulesParsed: modules.size,
    callSites: [...own.result.callSites, ...peer.result.callSites],
    calledWrappers: [...new Set([...own.result.calledWrappers, ...peer.result.calledWrappers])].sort(),
    findings: [...own.result.findings, ...peer.result.findings],
    notices: [...own.result.notices, ...peer.result.notices],
  };
}

export function scanProject(config: ResolvedConfig, options: ScanOptions = {}): ScanResult {
  return new ProjectScanner(config, options).scan();
}
