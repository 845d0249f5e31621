import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { ResolverFactory } from 'oxc-resolver';
import { parseSource } from '../scan/parse-source.js';
import { withoutByteOrderMark } from '../scan/read-source.js';
import { analyzedModule, type ImportTarget, type ModuleContext, type ModuleLoader } from './module.js';
import { findWorkspacePackages, findWorkspaceRoot } from './workspaces.js';
import { findRepositoryRoot } from '../scan/discover.js';
import { isPackageSpecifier, packageName } from '../util/paths.js';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue', '.svelte', '.json'];
const SOURCE_ENTRIES = ['src/index.ts', 'src/index.tsx', 'src/index.js', 'index.ts', 'index.js', 'src/main.ts'];
const MAX_MODULE_SIZE = 2 * 1024 * 1024;

function isBare(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/');
}

/** `.`, `..` and `./ui/` name a folder only, where `./ui` may also be a file `ui.ts`. */
function namesFolder(specifier: string): boolean {
  return specifier.endsWith('/') || specifier === '.' || specifier === '..';
}

/**
 * Resolves imports with oxc-resolver (tsconfig/jsconfig `paths` and `baseUrl`, extensions,
 * `exports`), maps workspace packages to their source, and parses each module at most once.
 */
export class ProjectModules implements ModuleLoader {
  private readonly modules = new Map<string, ModuleContext | null>();
  private readonly resolver: ResolverFactory;
  /** Workspace package names and folders, from the workspace root above the scanned one. */
  readonly workspaces: Map<string, string>;
  private readonly callSiteFiles = new Set<string>();
  /** Resolutions by importing folder and specifier, and relative ones by the path they name: the same import is followed many times. */
  private readonly resolved = new Map<string, string | 'package' | undefined>();
  /** Entries of workspace packages by specifier: they resolve alike from every folder. */
  private readonly workspaceEntries = new Map<string, string | undefined>();
  modulesParsed = 0;

  constructor(
    root: string,
    private readonly isGenerated: (path: string, text: string) => boolean = () => false,
  ) {
    this.workspaces = findWorkspacePackages(findWorkspaceRoot(root, findRepositoryRoot(root)));
    this.resolver = new ResolverFactory({
      tsconfig: 'auto',
      extensions: EXTENSIONS,
      extensionAlias: { '.js': ['.ts', '.tsx', '.js', '.jsx'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
      conditionNames: ['source', 'typescript', 'import', 'module', 'require', 'node', 'default'],
      mainFields: ['source', 'module', 'main'],
      symlinks: true,
    });
  }

  /** Registers a module already parsed for its call sites, so imports of it reuse the same analysis. */
  register(module: ModuleContext): void {
    this.callSiteFiles.add(module.path);
    this.modules.set(module.path, module);
  }

  /** A module parsed so far only to resolve names, now found to hold call sites: counted as such. */
  adopt(path: string): ModuleContext | undefined {
    const module = this.modules.get(path);
    if (!module || this.callSiteFiles.has(path)) return undefined;
    this.callSiteFiles.add(path);
    this.modulesParsed--;
    return module;
  }

  /** The modules parsed only to resolve names (what modulesParsed counts). */
  moduleOnlyPaths(): string[] {
    return [...this.modules].filter(([path, module]) => module !== null && !this.callSiteFiles.has(path)).map(([path]) => path);
  }

  /**
   * Lets go of a scanned file's syntax tree once its call sites are known: an import of it later
   * parses it again, and that parse is not counted as a module's.
   */
  release(path: string): void {
    this.modules.delete(path);
  }

  /** Drops a changed file, so that the next import of it reads it again. */
  forget(path: string): void {
    const module = this.modules.get(path);
    if (module && !this.callSiteFiles.has(path)) this.modulesParsed--;
    this.modules.delete(path);
    this.callSiteFiles.delete(path);
    this.resolved.clear();
    this.workspaceEntries.clear();
  }

  load(path: string): ModuleContext | undefined {
    const cached = this.modules.get(path);
    if (cached !== undefined) return cached ?? undefined;
    const module = this.parseModule(path);
    this.modules.set(path, module ?? null);
    return module;
  }

  private parseModule(path: string): ModuleContext | undefined {
    const extension = extname(path);
    if (extension === '.json' || extension === '.d.ts') return undefined;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    if (text.length > MAX_MODULE_SIZE) return undefined;
    // Offsets as the scan's reader gives them.
    text = withoutByteOrderMark(text);
    const parsed = parseSource(path, text);
    if (!parsed || parsed.errors.length > 0) return undefined;
    if (!this.callSiteFiles.has(path)) this.modulesParsed++;
    return analyzedModule(path, parsed, this.isGenerated(path, text));
  }

  /** The file an import names, without parsing it: `package` for a dependency's, undefined when not found. */
  resolveFile(from: string, specifier: string): string | 'package' | undefined {
    const dir = dirname(from);
    // By folder and specifier as written: a tsconfig's `paths` apply only to the folders its `include` names.
    const asWritten = `${dir}\0${specifier}`;
    if (this.resolved.has(asWritten)) return this.resolved.get(asWritten);
    let resolved: string | 'package' | undefined;
    if (isBare(specifier)) {
      resolved = this.resolvePath(from, specifier);
    } else {
      // A relative import names one path whichever folder it is written in: `../ui/button` from two sibling folders is one resolution.
      const target = `${resolve(dir, specifier)}${namesFolder(specifier) ? '/' : ''}`;
      resolved = this.resolved.has(target) ? this.resolved.get(target) : this.resolvePath(from, specifier);
      this.resolved.set(target, resolved);
    }
    this.resolved.set(asWritten, resolved);
    return resolved;
  }

  /** The project file an import names; undefined for a package's or one not found. */
  resolveProjectFile(from: string, specifier: string): string | undefined {
    const resolved = this.resolveFile(from, specifier);
    return resolved === 'package' ? undefined : resolved;
  }

  resolveImport(from: ModuleContext, specifier: string): ImportTarget {
    const resolved = this.resolveFile(from.path, specifier);
    if (resolved === 'package') return { kind: 'package', name: packageName(specifier) };
    if (!resolved) return { kind: 'unresolved' };
    const module = this.load(resolved);
    return module ? { kind: 'module', module } : { kind: 'unresolved' };
  }

  private resolvePath(from: string, specifier: string): string | 'package' | undefined {
    const workspace = isBare(specifier) ? this.workspaceEntry(specifier) : undefined;
    if (workspace) return workspace;
    const result = this.resolver.resolveFileSync(from, specifier);
    // The resolver follows symbolic links (`symlinks: true`): a workspace package linked into node_modules comes back as its own folder.
    if (result.path) {
      if (result.path.includes('/node_modules/')) return 'package';
      return result.path.endsWith('.d.ts') ? sourceBeside(result.path) : result.path;
    }
    if (result.builtin) return 'package';
    return isPackageSpecifier(specifier) ? 'package' : undefined;
  }

  private workspaceEntry(specifier: string): string | undefined {
    if (this.workspaceEntries.has(specifier)) return this.workspaceEntries.get(specifier);
    const entry = this.findWorkspaceEntry(specifier);
    this.workspaceEntries.set(specifier, entry);
    return entry;
  }

  private findWorkspaceEntry(specifier: string): string | undefined {
    const name = packageName(specifier);
    const dir = this.workspaces.get(name);
    if (!dir) return undefined;
    const subpath = specifier.slice(name.length);
    if (subpath) {
      const result = this.resolver.sync(dir, `.${subpath}`);
      if (result.path) return result.path;
      return EXTENSIONS.map((extension) => join(dir, 'src', subpath + extension)).find((candidate) => existsSync(candidate));
    }
    const result = this.resolver.sync(dirname(dir), `./${dir.slice(dirname(dir).length + 1)}`);
    if (result.path && !result.path.includes('/dist/') && existsSync(result.path)) return result.path;
    return SOURCE_ENTRIES.map((entry) => join(dir, entry)).find((candidate) => existsSync(candidate)) ?? result.path;
  }
}

function sourceBeside(declaration: string): string | undefined {
  const base = declaration.slice(0, -'.d.ts'.length);
  return ['.ts', '.tsx', '.js'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
}
