import { extname } from 'node:path';
import { UserError } from '../../errors.js';
import { parseLocatedYaml, type LocatedDocument } from '../../util/located-document.js';
import { compareCodeUnits } from '../../util/suggest.js';
import { importCsv } from './csv.js';
import { PlanDraft } from './draft.js';
import { isObject } from '../../util/guards.js';
import { importJsonSchema } from './jsonschema.js';
import { importRudderStack } from './rudderstack.js';
import { importSegment } from './segment.js';
import type { ImportContext, ImportFormat, ImportNotice, ImportSource } from './types.js';

export { IMPORT_FORMATS, type ImportFormat, type ImportNotice, type ImportSource } from './types.js';

type Detected = ImportFormat | 'native';

function looksLikeJsonSchema(value: Record<string, unknown>): boolean {
  const schema = typeof value.$schema === 'string' && value.$schema.includes('json-schema.org');
  const objectSchema = isObject(value.properties) && (value.type === 'object' || typeof value.title === 'string' || Array.isArray(value.required));
  return schema || objectSchema || isObject(value.definitions) || isObject(value.$defs);
}

function detectStructured(value: unknown, text: string): Detected | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.version === 'string' && value.version.startsWith('rudder/')) return 'rudderstack';
  if (/^\s*---\s*$/m.test(text) && /^version:\s*["']?rudder\//m.test(text)) return 'rudderstack';
  if (value.version === 1 && isObject(value.events)) return 'native';
  if (looksLikeJsonSchema(value)) return 'jsonschema';
  const root = isObject(value.data) ? value.data : value;
  if (Array.isArray(root.rules) || isObject(root.rules) || Array.isArray(root.events) || isObject(root.trackingPlan)) return 'segment';
  return undefined;
}

function firstYamlValue(text: string, displayPath: string): unknown {
  try {
    return parseLocatedYaml(text, displayPath).value;
  } catch {
    // A multi-document stream (RudderStack) or a broken file: decided by its text, reported by its importer.
    return /^version:\s*["']?(rudder\/[^\s"']+)/m.exec(text) ? { version: 'rudder/' } : undefined;
  }
}

/** The format of one file, from its extension and, where that is not enough, its content. */
export function detectImportFormat(text: string, displayPath: string): Detected {
  const extension = extname(displayPath).toLowerCase();
  if (extension === '.csv' || extension === '.tsv') return 'csv';
  const detected = detectStructured(firstYamlValue(text, displayPath), text);
  if (detected) return detected;
  if (extension !== '.json' && extension !== '.yaml' && extension !== '.yml' && /^[^\r\n]*[,;\t][^\r\n]*(\r\n|\r|\n)/.test(text)) return 'csv';
  throw new UserError(`cannot tell which plan format ${displayPath} is in`, {
    location: { file: displayPath, line: 1, column: 1 },
    hint: 'Name it with --from csv|segment|rudderstack|jsonschema|amplitude-csv.',
  });
}

function importInto(format: ImportFormat, sources: readonly ImportSource[], context: ImportContext): void {
  if (format === 'rudderstack') return importRudderStack(sources, context);
  for (const source of sources) {
    if (format === 'csv' || format === 'amplitude-csv') importCsv(source, context);
    else if (format === 'segment') importSegment(source, context);
    else importJsonSchema(source, context);
  }
}

/**
 * Converts plans kept in another format (several files: a RudderStack project, one JSON Schema
 * per event) into one native plan document whose positions point into the source files.
 */
export function importPlan(files: readonly ImportSource[], from?: ImportFormat): { document: LocatedDocument; unsupported: ImportNotice[] } {
  const first = files[0];
  if (!first) throw new UserError('no plan file to import');
  const formats = new Set(files.map((file) => from ?? detectImportFormat(file.text, file.displayPath)));
  const [format] = formats;
  if (formats.size > 1 || format === undefined) {
    throw new UserError(`the files to import are in different formats (${[...formats].join(', ')})`, { hint: 'Import one format at a time, or name it with --from.' });
  }
  if (format === 'native') {
    if (files.length > 1) throw new UserError('only one native tracking-plan.yaml can be read at a time', { location: { file: first.displayPath } });
    return { document: parseLocatedYaml(first.text, first.displayPath), unsupported: [] };
  }
  const context: ImportContext = { draft: new PlanDraft(first.displayPath), notices: [] };
  importInto(format, files, context);
  const unsupported = [...context.notices].sort(
    (a, b) => compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodeUnits(a.message, b.message),
  );
  return { document: context.draft.toDocument(), unsupported };
}

/** Converts a plan kept in another format into a native plan document, positions pointing into the source. */
export function importPlanDocument(text: string, displayPath: string): LocatedDocument {
  return importPlan([{ text, displayPath }]).document;
}
