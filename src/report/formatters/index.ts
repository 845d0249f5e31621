import type { Report } from '../types.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

export const FORMAT_NAMES = ['text', 'json'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  color: boolean;
}

export const formatters: Record<FormatName, (report: Report, options: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
};
