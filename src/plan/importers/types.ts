import type { SourceLocation } from '../../report/types.js';
import type { PlanDraft } from './draft.js';

export const IMPORT_FORMATS = ['csv', 'amplitude-csv', 'segment', 'rudderstack', 'jsonschema'] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportSource {
  text: string;
  /** The file's path as shown in messages and findings. */
  displayPath: string;
}

/** Something in the source that the native plan cannot express, listed instead of dropped. */
export interface ImportNotice {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ImportContext {
  draft: PlanDraft;
  notices: ImportNotice[];
}

export function notice(context: ImportContext, at: SourceLocation, message: string): void {
  context.notices.push({ file: at.file, line: at.line, column: at.column, message });
}
