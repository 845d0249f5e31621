import { createRequire } from 'node:module';
import type { ParseFailure, SourceLanguage } from './parse.js';

export interface ScriptBlock {
  start: number;
  end: number;
  language: SourceLanguage;
}

/** The parts of a single-file component that hold code: script blocks, and template event handlers. */
export interface ComponentCode {
  scripts: ScriptBlock[];
  handlers: { start: number; end: number }[];
  /** What the component's own compiler could not read: the file is then a parse error. */
  errors: ParseFailure[];
}

const require = createRequire(import.meta.url);

/** The compilers are optional peers: a project with .vue or .svelte files has them installed already. */
function compiler<T>(name: string, files: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(`${files} files are read with ${name}, which is not installed: npm install --save-dev ${name}`);
  }
}

function languageOfAttribute(lang: unknown): SourceLanguage {
  if (lang === 'ts') return 'ts';
  if (lang === 'tsx') return 'tsx';
  return 'jsx';
}

interface VueBlock {
  loc: { start: { offset: number }; end: { offset: number } };
  lang?: string;
}

interface VueNode {
  props?: { type: number; name: string; exp?: { loc: { start: { offset: number }; end: { offset: number } } } }[];
  children?: VueNode[];
}

const VUE_DIRECTIVE = 7;

function vueHandlers(node: VueNode, handlers: ComponentCode['handlers']): void {
  for (const prop of node.props ?? []) {
    if (prop.type === VUE_DIRECTIVE && prop.name === 'on' && prop.exp) handlers.push({ start: prop.exp.loc.start.offset, end: prop.exp.loc.end.offset });
  }
  for (const child of node.children ?? []) vueHandlers(child, handlers);
}

/** A Vue file's <script> and <script setup> blocks and `@event` handlers, read by @vue/compiler-sfc (loaded only when needed). */
export function codeOfVue(text: string): ComponentCode {
  const { parse } = compiler<{
    parse(
      source: string,
      options?: object,
    ): {
      descriptor: { script: VueBlock | null; scriptSetup: VueBlock | null; template: { ast?: VueNode } | null };
      errors: (Error & { loc?: { start: { offset: number } } })[];
    };
  }>('@vue/compiler-sfc', '.vue');
  const { descriptor, errors } = parse(text, { sourceMap: false, ignoreEmpty: false });
  if (errors.length > 0) {
    return { scripts: [], handlers: [], errors: errors.map((error) => ({ message: error.message, offset: error.loc?.start.offset ?? 0 })) };
  }
  const scripts = [descriptor.script, descriptor.scriptSetup]
    .filter((block): block is VueBlock => block !== null)
    .map((block) => ({ start: block.loc.start.offset, end: block.loc.end.offset, language: languageOfAttribute(block.lang) }));
  const handlers: ComponentCode['handlers'] = [];
  if (descriptor.template?.ast) vueHandlers(descriptor.template.ast, handlers);
  return { scripts, handlers, errors: [] };
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

interface SvelteNode {
  type: string;
  name?: string;
  start: number;
  end: number;
  expression?: SvelteNode | null;
  value?: unknown;
  [key: string]: unknown;
}

/** Expressions of `onclick={…}` (Svelte 5) and `on:click={…}` (Svelte 4) attributes anywhere in the markup. */
function svelteHandlers(node: unknown, handlers: ComponentCode['handlers']): void {
  if (Array.isArray(node)) {
    for (const item of node) svelteHandlers(item, handlers);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const candidate = node as SvelteNode;
  if (candidate.type === 'OnDirective' && candidate.expression) handlers.push({ start: candidate.expression.start, end: candidate.expression.end });
  if (candidate.type === 'Attribute' && candidate.name?.startsWith('on')) {
    const value = candidate.value as SvelteNode | SvelteNode[] | true;
    const tag = Array.isArray(value) ? value[0] : value;
    if (typeof tag === 'object' && tag.type === 'ExpressionTag' && tag.expression) handlers.push({ start: tag.expression.start, end: tag.expression.end });
    return;
  }
  for (const key of ['nodes', 'fragment', 'attributes', 'body', 'consequent', 'alternate', 'then', 'catch', 'pending', 'fallback']) {
    if (key in candidate) svelteHandlers(candidate[key], handlers);
  }
}

/** A Svelte 4 or 5 file's module and instance scripts and event handlers, read by svelte/compiler (loaded only when needed). */
export function codeOfSvelte(text: string): ComponentCode {
  const { parse } = compiler<{
    parse(source: string, options: { modern: true }): { instance: SvelteScript | null; module: SvelteScript | null; fragment: unknown };
  }>('svelte/compiler', '.svelte');
  let ast;
  try {
    ast = parse(text, { modern: true });
  } catch (error) {
    const position = (error as { position?: [number, number] }).position;
    if (!position) throw error;
    return { scripts: [], handlers: [], errors: [{ message: (error as Error).message.split('\n')[0] ?? 'invalid component', offset: position[0] }] };
  }
  const scripts = [ast.module, ast.instance]
    .filter((script): script is SvelteScript => script !== null)
    .map((script) => ({ start: script.content.start, end: script.content.end, language: svelteLanguage(script) }));
  const handlers: ComponentCode['handlers'] = [];
  svelteHandlers(ast.fragment, handlers);
  return { scripts, handlers, errors: [] };
}
