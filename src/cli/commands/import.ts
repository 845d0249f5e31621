import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import type { PlanDocument } from '../../plan/document.js';
import { importPlan, type ImportFormat } from '../../plan/importers/index.js';
import { planFromDocument } from '../../plan/load.js';
import { readUserFile } from '../../util/read-user-file.js';
import { planDocumentToYaml } from '../../plan/write.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import type { CommandResult } from '../result.js';

export interface ImportCommandOptions {
  from?: ImportFormat;
  out?: string;
  force: boolean;
  cwd: string;
}

/** Converts plans kept elsewhere (CSV, Segment, RudderStack, JSON Schema) to tracking-plan.yaml. */
export function runImport(files: readonly string[], options: ImportCommandOptions): CommandResult {
  if (files.length === 0) throw new UserError('import needs at least one file', { hint: 'trackplan import plan.csv --out tracking-plan.yaml' });
  const sources = files.map((file) => ({ text: readUserFile(resolve(options.cwd, file), file), displayPath: file }));
  const { document, unsupported } = importPlan(sources, options.from);
  planFromDocument(document, sources.map((source) => source.text).join('\n'));
  const yaml = planDocumentToYaml(document.value as PlanDocument, { comment: `Imported by trackplan from ${files.join(', ')}.` });
  const notices = unsupported.map((notice) => `trackplan: ${notice.file}:${notice.line}:${notice.column}: not imported: ${notice.message}\n`).join('');
  if (options.out === undefined) return { exitCode: 0, stdout: yaml, stderr: notices || undefined };
  const target = resolve(options.cwd, options.out);
  if (existsSync(target) && !options.force) {
    throw new UserError(`${options.out} already exists`, { hint: 'Pass --force to overwrite it.' });
  }
  writeFileAtomic(target, yaml);
  return { exitCode: 0, stderr: `${notices}trackplan: wrote ${relative(options.cwd, target)}\n` };
}
