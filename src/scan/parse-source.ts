import { extname } from 'node:path';
import { languageOf, parseScript, type Parsed, type SourceLanguage } from './parse.js';
import { scriptBlocksOfSvelte, scriptBlocksOfVue, type ScriptBlock } from './sfc.js';

/** Keeps only the script blocks' text, every other character a space, so offsets stay those of the file. */
function blankOutside(text: string, blocks: readonly ScriptBlock[]): string {
  const chars = text.split('');
  let cursor = 0;
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const char = chars[i];
      if (char !== '\n' && char !== '\r' && char !== '\u2028' && char !== '\u2029') chars[i] = ' ';
    }
  };
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    blank(cursor, block.start);
    cursor = block.end;
  }
  blank(cursor, text.length);
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
  const blocks = extension === '.vue' ? scriptBlocksOfVue(text) : scriptBlocksOfSvelte(text);
  const blockLanguage = strongestLanguage(blocks);
  const parsed = parseScript(`${path}.${blockLanguage}`, blankOutside(text, blocks), blockLanguage);
  return parsed;
}
