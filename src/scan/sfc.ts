import { createRequire } from 'node:module';
import type { SourceLanguage } from './parse.js';

export interface ScriptBlock {
  start: number;
  end: number;
  language: SourceLanguage;
}

const require = createRequire(import.meta.url);

function languageOfAttribute(lang: unknown): SourceLanguage {
  if (lang === 'ts') return 'ts';
  if (lang === 'tsx') return 'tsx';
  return 'jsx';
}

interface VueBlock {
  loc: { start: { offset: number }; end: { offset: number } };
  lang?: string;
}

/** The <script> and <script setup> blocks of a Vue file, read by @vue/compiler-sfc (loaded only when needed). */
export function scriptBlocksOfVue(text: string): ScriptBlock[] {
  const { parse } = require('@vue/compiler-sfc') as { parse(source: string, options?: object): { descriptor: { script: VueBlock | null; scriptSetup: VueBlock | null } } };
  const { descriptor } = parse(text, { sourceMap: false, ignoreEmpty: false });
  return [descriptor.script, descriptor.scriptSetup]
    .filter((block): block is VueBlock => block !== null)
    .map((block) => ({ start: block.loc.start.offset, end: block.loc.end.offset, language: languageOfAttribute(block.lang) }));
}

interface SvelteScript {
  content: { start: number; end: number };
  attributes: { name: string; value: unknown }[];
}

function svelteLanguage(script: SvelteScript): SourceLanguage {
  const lang = script.attributes.find((attribute) => attribute.name === 'lang');
  const value = Array.isArray(lang?.value) ? (lang.value[0] as { data?: string } | undefined)?.data : undefined;
  return languageOfAttribute(value);
}

/** The instance and module scripts of a Svelte 4 or 5 file, read by svelte/compiler (loaded only when needed). */
export function scriptBlocksOfSvelte(text: string): ScriptBlock[] {
  const { parse } = require('svelte/compiler') as { parse(source: string, options: { modern: true }): { instance: SvelteScript | null; module: SvelteScript | null } };
  const ast = parse(text, { modern: true });
  return [ast.module, ast.instance]
    .filter((script): script is SvelteScript => script !== null)
    .map((script) => ({ start: script.content.start, end: script.content.end, language: svelteLanguage(script) }));
}
