import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import type * as TypeScript from 'typescript';
import type { CallSite, LiteralValue, SentProperties, SentValue } from '../extract/types.js';
import type { Span } from '../report/types.js';
import type { ScanResult } from '../scan/scan.js';
import type { Project } from '../project.js';

type Ts = typeof TypeScript;

const TYPE_AWARE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const MAX_NAMES = 64;

/** typescript is loaded only for --types: it costs about 160 ms to import and seconds to check a program. */
function loadTypeScript(): Ts {
  return createRequire(import.meta.url)('typescript') as Ts;
}

function compilerOptions(ts: Ts, root: string): TypeScript.CompilerOptions {
  const configFile = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json') ?? ts.findConfigFile(root, ts.sys.fileExists, 'jsconfig.json');
  const defaults: TypeScript.CompilerOptions = { allowJs: true, jsx: ts.JsxEmit.Preserve, noEmit: true, skipLibCheck: true };
  if (!configFile) return defaults;
  // TS 6 deprecates options such as baseUrl: its diagnostics are not the user's config errors.
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, { ignoreDeprecations: '6.0' }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  return { ...defaults, ...(parsed?.options ?? {}), noEmit: true, skipLibCheck: true, allowJs: true };
}

function nodeAt(ts: Ts, sourceFile: TypeScript.SourceFile, span: Span): TypeScript.Node | undefined {
  const position = (line: number, column: number): number => ts.getPositionOfLineAndCharacter(sourceFile, line - 1, column - 1);
  const start = position(span.line, span.column);
  const end = position(span.endLine, span.endColumn);
  let found: TypeScript.Node | undefined;
  const visit = (node: TypeScript.Node): void => {
    if (node.getStart(sourceFile) <= start && node.getEnd() >= end) {
      if (node.getStart(sourceFile) === start && node.getEnd() === end) found = node;
      ts.forEachChild(node, visit);
    }
  };
  visit(sourceFile);
  return found;
}

function stringLiterals(type: TypeScript.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const part of parts) {
    if (!part.isStringLiteral()) return undefined;
    values.push(part.value);
  }
  return values.length > 0 && values.length <= MAX_NAMES ? [...new Set(values)].sort() : undefined;
}

function valueOfType(ts: Ts, checker: TypeScript.TypeChecker, type: TypeScript.Type): SentValue {
  const parts = (type.isUnion() ? type.types : [type]).filter((part) => (part.flags & ts.TypeFlags.Undefined) === 0);
  const kinds = new Set<SentValue['type']>();
  const literals: LiteralValue[] = [];
  let allLiteral = true;
  for (const part of parts) {
    const flags = part.flags;
    if (flags & ts.TypeFlags.StringLike) kinds.add('string');
    else if (flags & ts.TypeFlags.NumberLike) kinds.add('number');
    else if (flags & ts.TypeFlags.BooleanLike) kinds.add('boolean');
    else if (flags & ts.TypeFlags.Null) kinds.add('null');
    else if (checker.isArrayType(part) || checker.isTupleType(part)) kinds.add('array');
    else if (flags & ts.TypeFlags.Object && !(flags & ts.TypeFlags.Any)) kinds.add('object');
    else return { type: 'unknown' };
    if (part.isStringLiteral() || part.isNumberLiteral()) literals.push(part.value);
    else if (flags & ts.TypeFlags.BooleanLiteral) literals.push(checker.typeToString(part) === 'true');
    else if (flags & ts.TypeFlags.Null) literals.push(null);
    else allLiteral = false;
  }
  const [only] = kinds;
  if (kinds.size !== 1 || only === undefined) return { type: 'unknown' };
  return allLiteral && literals.length > 0 ? { type: only, literals } : { type: only };
}

function propertiesOfType(ts: Ts, checker: TypeScript.TypeChecker, type: TypeScript.Type, position: Span): SentProperties | undefined {
  if (!(type.flags & ts.TypeFlags.Object) || checker.isArrayType(type)) return undefined;
  const entries = checker.getPropertiesOfType(type).map((symbol) => {
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    const propertyType = declaration ? checker.getTypeOfSymbolAtLocation(symbol, declaration) : checker.getDeclaredTypeOfSymbol(symbol);
    return { key: symbol.getName(), keyPosition: position, valuePosition: position, value: valueOfType(ts, checker, propertyType) };
  });
  const open = checker.getIndexInfosOfType(type).length > 0;
  return { entries, open, position };
}

/**
 * Type-aware mode: a TypeScript program over the call-site files tells the names a dynamic name can
 * hold (a union of string literals), the types of values that were unknown, and the keys of a
 * properties object that is not a literal. Forwards never get names: they never count.
 */
export function refineWithTypes(root: string, scan: ScanResult): ScanResult {
  const called = new Set(scan.calledWrappers);
  const needsTypes = (call: CallSite): boolean =>
    TYPE_AWARE_EXTENSIONS.has(extname(call.file)) &&
    call.via !== 'forward' &&
    (call.forwardOf === undefined || !called.has(call.forwardOf)) &&
    (call.name.kind === 'dynamic' || (call.propertiesPosition !== undefined && (!call.properties || call.properties.entries.some((entry) => entry.value.type === 'unknown'))));
  const files = [...new Set(scan.callSites.filter(needsTypes).map((call) => join(root, call.file)))];
  if (files.length === 0) return scan;
  const ts = loadTypeScript();
  const program = ts.createProgram(files, compilerOptions(ts, root));
  const checker = program.getTypeChecker();
  const typeAt = (call: CallSite, span: Span): TypeScript.Type | undefined => {
    const sourceFile = program.getSourceFile(join(root, call.file));
    const node = sourceFile ? nodeAt(ts, sourceFile, span) : undefined;
    return node ? checker.getTypeAtLocation(node) : undefined;
  };
  const callSites = scan.callSites.map((call): CallSite => {
    if (!needsTypes(call)) return call;
    let refined = call;
    if (call.name.kind === 'dynamic') {
      const type = typeAt(call, call.position);
      const names = type ? stringLiterals(type) : undefined;
      if (names) refined = { ...refined, name: { kind: 'static', names, resolution: 'types' } };
    }
    if (call.propertiesPosition !== undefined && !call.properties) {
      const type = typeAt(call, call.propertiesPosition);
      const properties = type ? propertiesOfType(ts, checker, type, call.propertiesPosition) : undefined;
      if (properties) refined = { ...refined, properties };
    } else if (call.properties) {
      const entries = call.properties.entries.map((entry) => {
        if (entry.value.type !== 'unknown') return entry;
        const type = typeAt(call, entry.valuePosition);
        return type ? { ...entry, value: valueOfType(ts, checker, type) } : entry;
      });
      refined = { ...refined, properties: { ...call.properties, entries } };
    }
    return refined;
  });
  return { ...scan, callSites };
}

/** The scan, refined by the type checker when type-aware mode is on (the flag, or `types` in the config). */
export function withTypes(project: Project, scan: ScanResult, flag: boolean | undefined): ScanResult {
  return (flag ?? project.config.types) ? refineWithTypes(project.config.root, scan) : scan;
}
