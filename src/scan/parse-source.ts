import { extname } from 'node:path';
import { languageOf, parseScript, type Parsed, type SourceLanguage } from './parse.js';
import { codeOfSvelte, codeOfVue, type ComponentCode, type ScriptBlock } from './sfc.js';

const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * Keeps only a component's code, every other character a space, so offsets stay those of the file.
 * Each template handler becomes a statement of its own: the quote or brace around it turns into `;`.
 */
function blankOutside(text: string, code: ComponentCode): string {
  const chars = text.split('').map((char) => (LINE_BREAKS.has(char) ? char : ' '));
  for (const part of [...code.scripts, ...code.handlers]) {
    for (let i = part.start; i < part.end; i++) chars[i] = text[i] ?? ' ';
  }
  for (const handler of code.handlers) {
    if (handler.start > 0 && chars[handler.start - 1] === ' ') chars[handler.start - 1] = ';';
    if (handler.end < chars.length && chars[handler.end] === ' ') chars[handler.end] = ';';
  }
  return chars.join('');
}

function strongestLanguage(blocks: readonly ScriptBlock[]): SourceLanguage {
  if (blocks.some((block) => block.language === 'tsx')) return 'tsx';
  if (blocks.some((block) => block.language === 'ts')) return 'ts';
  return 'jsx';
}

/** Parses any supported file to ESTree with positions in the original text; undefined for other files. */
export function parseSource(path: string, text: string): Parsed | undefined {
  const extension = extname(path).toLowerCase();
  const language = languageOf(extension);
  if (language) return parseScript(path, text, language);
  if (extension !== '.vue' && extension !== '.svelte') return undefined;
  const code = extension === '.vue' ? codeOfVue(text) : codeOfSvelte(text);
  if (code.errors.length > 0) return { program: { type: 'Program', start: 0, end: 0, body: [] }, comments: [], errors: code.errors };
  const blockLanguage = strongestLanguage(code.scripts);
  return parseScript(`${path}.${blockLanguage}`, blankOutside(text, code), blockLanguage);
}
