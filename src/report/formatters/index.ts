import type { Report } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'markdown', 'junit', 'github'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  color: boolean;
}

export const formatters: Record<FormatName, (report: Report, options: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
  sarif: (report) => formatSarif(report),
  markdown: (report) => formatMarkdown(report),
  junit: (report) => formatJunit(report),
  github: (report) => formatGithub(report),
};
