// Builds a deterministic synthetic monorepo for the benchmark: the same (files, seed) always gives
// byte-identical files. Each file has its own PRNG stream (seeded from its index), so the 4× corpus
// holds the 1× corpus's files unchanged and growth is measured on the same kind of code.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_FILES = 5000;
const FILES_PER_PACKAGE = 250;
const GENERATOR_VERSION = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');
const SEED = 0x5eed;

/** mulberry32: a tiny, well-known 32-bit PRNG; Math.random cannot be seeded. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function streamFor(seed, index) {
  return mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

function tools(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  return { random, int, pick, chance };
}

const NOUNS = ['account', 'invoice', 'order', 'cart', 'product', 'user', 'team', 'workspace', 'report', 'dashboard', 'widget', 'filter', 'session', 'payment', 'plan', 'subscription', 'message', 'thread', 'comment', 'file', 'folder', 'project', 'task', 'label', 'member', 'role', 'token', 'webhook', 'integration', 'device', 'channel', 'notification', 'setting', 'profile', 'avatar', 'search', 'result', 'page', 'section', 'chart'];
const VERBS = ['load', 'fetch', 'save', 'update', 'remove', 'select', 'toggle', 'format', 'parse', 'build', 'render', 'compute', 'resolve', 'validate', 'merge', 'sort', 'group', 'map', 'sync', 'open'];
const ADJECTIVES = ['active', 'pending', 'visible', 'selected', 'recent', 'shared', 'archived', 'default', 'primary', 'draft', 'expanded', 'filtered'];
const OBJECTS = ['Account', 'Invoice', 'Order', 'Cart', 'Product', 'Team', 'Workspace', 'Report', 'Dashboard', 'Widget', 'Filter', 'Payment', 'Plan', 'Subscription', 'Message', 'Comment', 'File', 'Project', 'Task', 'Member', 'Webhook', 'Integration', 'Channel', 'Notification', 'Profile', 'Search', 'Chart', 'Checkout', 'Coupon', 'Trial'];
const ACTIONS = ['Created', 'Viewed', 'Updated', 'Deleted', 'Shared', 'Exported', 'Opened', 'Closed', 'Started', 'Completed'];
const EVENT_POOL = OBJECTS.flatMap((object) => ACTIONS.map((action) => `${object} ${action}`));
const AREAS = ['billing', 'settings', 'reports', 'onboarding', 'admin', 'editor', 'search', 'inbox', 'projects', 'team'];

const capital = (word) => word[0].toUpperCase() + word.slice(1);
const constantName = (event) => event.toUpperCase().replace(/\s+/g, '_');
const enumMember = (event) => event.replace(/\s+/g, '');

function identifier(t) {
  return `${t.pick(VERBS)}${capital(t.pick(ADJECTIVES))}${capital(t.pick(NOUNS))}`;
}

function typeName(t) {
  return `${capital(t.pick(ADJECTIVES))}${capital(t.pick(NOUNS))}`;
}

function interfaceBlock(t) {
  const fields = Array.from({ length: t.int(3, 9) }, () => `  ${t.pick(NOUNS)}${capital(t.pick(NOUNS))}${t.chance(0.3) ? '?' : ''}: ${t.pick(['string', 'number', 'boolean', 'string[]', 'Date | null', `Record<string, ${t.pick(['string', 'number'])}>`])};`);
  return `export interface ${typeName(t)}${t.int(1, 99)} {\n${fields.join('\n')}\n}\n`;
}

function helperFunction(t) {
  const name = `${identifier(t)}${t.int(1, 999)}`;
  const item = t.pick(NOUNS);
  const lines = [
    `export function ${name}(${item}s: readonly ${typeName(t)}[], options: { limit?: number; ${t.pick(NOUNS)}?: string } = {}) {`,
    `  const limit = options.limit ?? ${t.int(5, 200)};`,
    `  const result = [];`,
    `  for (const ${item} of ${item}s) {`,
    `    if (!${item} || result.length >= limit) continue;`,
    `    const key = \`\${${item}.id}:${t.pick(NOUNS)}\`;`,
    `    if (${item}.${t.pick(ADJECTIVES)} && key.length > ${t.int(2, 12)}) {`,
    `      result.push({ ...${item}, key, score: Math.round((${item}.${t.pick(NOUNS)}Count ?? 0) * ${t.int(2, 9)} / ${t.int(2, 9)}) });`,
    `    } else if (options.${t.pick(NOUNS)} === '${t.pick(ADJECTIVES)}') {`,
    `      result.unshift({ ...${item}, key, score: 0 });`,
    `    }`,
    `  }`,
    `  return result.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));`,
    `}`,
  ];
  return lines.join('\n') + '\n';
}

function classBlock(t) {
  const name = `${typeName(t)}${capital(t.pick(['store', 'service', 'client', 'cache', 'manager']))}`;
  const methods = Array.from({ length: t.int(2, 5) }, () => {
    const method = identifier(t);
    return [
      `  async ${method}(id: string, input?: Partial<${typeName(t)}>): Promise<void> {`,
      `    const current = this.entries.get(id);`,
      `    if (!current) throw new Error(\`${method}: no entry \${id}\`);`,
      `    this.entries.set(id, { ...current, ...input, updatedAt: Date.now() });`,
      `    await this.flush(${t.int(10, 500)});`,
      `  }`,
    ].join('\n');
  });
  return [
    `export class ${name} {`,
    `  private readonly entries = new Map<string, any>();`,
    `  private timer: ReturnType<typeof setTimeout> | undefined;`,
    ...methods,
    `  private flush(delay: number): Promise<void> {`,
    `    clearTimeout(this.timer);`,
    `    return new Promise((resolve) => { this.timer = setTimeout(resolve, delay); });`,
    `  }`,
    `}`,
  ].join('\n') + '\n';
}

function tableBlock(t) {
  const name = `${t.pick(ADJECTIVES).toUpperCase()}_${t.pick(NOUNS).toUpperCase()}_${t.int(1, 99)}`;
  const entries = Array.from({ length: t.int(4, 14) }, () => `  ${t.pick(NOUNS)}${capital(t.pick(VERBS))}: '${t.pick(ADJECTIVES)}-${t.pick(NOUNS)}-${t.int(1, 9999)}',`);
  return `export const ${name} = {\n${entries.join('\n')}\n};\n`;
}

function jsxComponent(t, name, handlerBody) {
  const item = t.pick(NOUNS);
  return [
    `export function ${name}({ ${item}s, title, onSelect }: { ${item}s: ${typeName(t)}[]; title?: string; onSelect?: (id: string) => void }) {`,
    `  const [open, setOpen] = useState(false);`,
    `  const [query, setQuery] = useState('');`,
    `  const visible = useMemo(() => ${item}s.filter((entry) => entry.label.toLowerCase().includes(query.toLowerCase())), [${item}s, query]);`,
    `  useEffect(() => {`,
    `    if (!open) return;`,
    `    const handle = setTimeout(() => setQuery(''), ${t.int(100, 3000)});`,
    `    return () => clearTimeout(handle);`,
    `  }, [open]);`,
    `  const handleSelect = (id: string) => {`,
    ...handlerBody.map((line) => `    ${line}`),
    `    setOpen(false);`,
    `    onSelect?.(id);`,
    `  };`,
    `  return (`,
    `    <section className="${t.pick(NOUNS)}-${t.pick(ADJECTIVES)}" aria-expanded={open}>`,
    `      <header onClick={() => setOpen(!open)}>`,
    `        <h2>{title ?? '${capital(t.pick(ADJECTIVES))} ${t.pick(NOUNS)}s'}</h2>`,
    `        <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search ${t.pick(NOUNS)}s" />`,
    `      </header>`,
    `      {open && (`,
    `        <ul>`,
    `          {visible.map((entry) => (`,
    `            <li key={entry.id} className={entry.${t.pick(ADJECTIVES)} ? 'is-${t.pick(ADJECTIVES)}' : undefined} onClick={() => handleSelect(entry.id)}>`,
    `              {entry.label} <small>{entry.${t.pick(NOUNS)}Count ?? 0}</small>`,
    `            </li>`,
    `          ))}`,
    `        </ul>`,
    `      )}`,
    `    </section>`,
    `  );`,
    `}`,
  ].join('\n') + '\n';
}

function fillTo(t, parts, target, blocks) {
  let size = parts.reduce((sum, part) => sum + part.length, 0);
  while (size < target) {
    const block = t.pick(blocks)(t);
    parts.push('\n', block);
    size += block.length + 1;
  }
  return parts.join('');
}

const FILLERS = [interfaceBlock, helperFunction, helperFunction, classBlock, tableBlock];

function props(t) {
  const keys = Array.from({ length: t.int(0, 3) }, () => `${t.pick(NOUNS)}_${t.pick(['id', 'count', 'type', 'name'])}`);
  const unique = [...new Set(keys)];
  if (unique.length === 0) return '';
  return `, { ${unique.map((key) => `${key}: ${key.endsWith('count') ? t.int(0, 50) : `'${t.pick(ADJECTIVES)}'`}`).join(', ')} }`;
}

/** What a file sends: none for most, otherwise how its name is written. */
const CALL_KINDS = [
  ['none', 0.9],
  ['mention', 0.02],
  ['literal', 0.025],
  ['constant', 0.015],
  ['shared-constant', 0.01],
  ['enum', 0.005],
  ['wrapper', 0.02],
  ['dynamic', 0.005],
];

function callKind(t) {
  let roll = t.random();
  for (const [kind, weight] of CALL_KINDS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'none';
}

function packageEvents(packageIndex) {
  const t = tools(streamFor(SEED, 1_000_000 + packageIndex));
  const events = new Set();
  while (events.size < 16) events.add(t.pick(EVENT_POOL));
  return [...events].sort();
}

const SHARED_EVENTS = EVENT_POOL.filter((_, index) => index % 7 === 0);

function sourceFile(index, used) {
  const t = tools(streamFor(SEED, index));
  const packageIndex = Math.floor(index / FILES_PER_PACKAGE);
  const pkg = `packages/app-${String(packageIndex).padStart(3, '0')}`;
  const area = t.pick(AREAS);
  const feature = `${t.pick(NOUNS)}-${t.pick(ADJECTIVES)}`;
  const roll = t.random();
  if (index % 1000 === 999) return generatedFile(t, `${pkg}/src/generated/graphql-${index}.ts`, index);
  if (roll < 0.04) return { path: `${pkg}/src/${area}/${feature}/${typeName(t)}${index}.test.tsx`, text: testFile(t) };
  if (roll < 0.1) return { path: `${pkg}/src/legacy/${t.pick(NOUNS)}-${index}.js`, text: fillTo(t, [`'use strict';\n`], t.int(800, 3000), [helperFunctionJs]) };
  if (roll < 0.14) return { path: `${pkg}/src/lib/${identifier(t)}-${index}.ts`, text: fillTo(t, [`import { z } from 'zod';\n`], t.int(4000, 12000), FILLERS) };
  if (roll < 0.34) return { path: `${pkg}/src/utils/${identifier(t)}-${index}.ts`, text: fillTo(t, [], t.int(300, 2000), FILLERS) };

  const kind = callKind(t);
  const name = `${typeName(t)}${capital(t.pick(['panel', 'list', 'card', 'dialog', 'view', 'row']))}${index}`;
  const imports = [`import { useEffect, useMemo, useState } from 'react';`, `import type { ${typeName(t)} } from '../../types';`];
  let handler = [`console.debug('${t.pick(VERBS)}', id);`];
  const localEvents = packageEvents(packageIndex);
  switch (kind) {
    case 'mention':
      handler = [`// we track ${t.pick(NOUNS)}s in the ${t.pick(NOUNS)} store, not here`, `progress.track(id);`];
      imports.push(`import { progress } from '../../progress';`);
      break;
    case 'literal': {
      const event = t.pick(localEvents);
      used.add(event);
      imports.push(`import { analytics } from '../../analytics';`);
      handler = [`analytics.track('${event}'${props(t)});`];
      break;
    }
    case 'constant': {
      const event = t.pick(localEvents);
      used.add(event);
      imports.push(`import { analytics } from '../../analytics';`, `import { EVENTS } from '../../events';`);
      handler = [`analytics.track(EVENTS.${constantName(event)}${props(t)});`];
      break;
    }
    case 'shared-constant': {
      const event = t.pick(SHARED_EVENTS);
      used.add(event);
      imports.push(`import { analytics } from '../../analytics';`, `import { SHARED_EVENTS } from '@bench/analytics';`);
      handler = [`analytics.track(SHARED_EVENTS.${constantName(event)}${props(t)});`];
      break;
    }
    case 'enum': {
      const event = t.pick(SHARED_EVENTS);
      used.add(event);
      imports.push(`import { analytics } from '../../analytics';`, `import { AppEvent } from '@bench/analytics';`);
      handler = [`analytics.track(AppEvent.${enumMember(event)}${props(t)});`];
      break;
    }
    case 'wrapper': {
      const event = t.pick(SHARED_EVENTS);
      used.add(event);
      imports.push(`import { SHARED_EVENTS, trackEvent } from '@bench/analytics';`);
      handler = [`trackEvent(SHARED_EVENTS.${constantName(event)}${props(t) || ', {}'});`];
      break;
    }
    case 'dynamic':
      imports.push(`import { analytics } from '../../analytics';`);
      handler = [`analytics.track(\`${t.pick(OBJECTS)} \${id} ${t.pick(ACTIONS)}\`);`];
      break;
    default:
      break;
  }
  if (kind === 'none' && t.chance(0.45)) return { path: `${pkg}/src/${area}/${feature}/${name}.tsx`, text: smallComponent(t, name) };
  const component = jsxComponent(t, name, handler);
  const text = fillTo(t, [imports.join('\n'), '\n\n', component], t.int(1800, 3200), FILLERS);
  return { path: `${pkg}/src/${area}/${feature}/${name}.tsx`, text };
}

function smallComponent(t, name) {
  const prop = t.pick(NOUNS);
  return [
    `import type { ReactNode } from 'react';`,
    ``,
    `export function ${name}({ ${prop}, children }: { ${prop}: ${typeName(t)}; children?: ReactNode }) {`,
    `  if (!${prop}) return null;`,
    `  return (`,
    `    <div className="${t.pick(NOUNS)}-${t.pick(ADJECTIVES)}" title={${prop}.${t.pick(NOUNS)}Name}>`,
    `      <span>{${prop}.label ?? '${capital(t.pick(ADJECTIVES))}'}</span>`,
    `      {children}`,
    `    </div>`,
    `  );`,
    `}`,
  ].join('\n') + '\n';
}

function helperFunctionJs(t) {
  const name = `${identifier(t)}${t.int(1, 999)}`;
  return `function ${name}(list, limit) {\n  var out = [];\n  for (var i = 0; i < list.length && out.length < (limit || ${t.int(3, 90)}); i++) {\n    if (list[i] && list[i].${t.pick(ADJECTIVES)}) out.push(list[i].${t.pick(NOUNS)});\n  }\n  return out;\n}\nmodule.exports.${name} = ${name};\n`;
}

function testFile(t) {
  return `import { render } from '@testing-library/react';\nimport { analytics } from '../../analytics';\n\nit('${t.pick(VERBS)}s the ${t.pick(NOUNS)}', () => {\n  analytics.track('${t.pick(EVENT_POOL)}');\n  expect(render(null)).toBeTruthy();\n});\n`;
}

/** A GraphQL-codegen style file of about 300 KB; one in five has a `track` field, which passes the prefilter. */
function generatedFile(t, path, index) {
  const parts = [`/* eslint-disable */\n// This file was generated by graphql-codegen. Do not edit.\nimport type { DocumentNode } from 'graphql';\n`];
  const withTrack = index % 5000 === 999;
  let size = parts[0].length;
  let n = 0;
  while (size < 300_000) {
    const type = `${typeName(t)}${n++}`;
    const fields = Array.from({ length: t.int(4, 10) }, () => `${t.pick(NOUNS)}${capital(t.pick(NOUNS))}`);
    if (withTrack && n % 10 === 0) fields.push('track');
    const block =
      `export type ${type}Query = { __typename?: 'Query', ${fields.map((field) => `${field}?: Maybe<Scalars['String']['output']>`).join(', ')} };\n` +
      `export const ${type}Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"${type}"},"selectionSet":{"kind":"SelectionSet","selections":[${fields.map((field) => `{"kind":"Field","name":{"kind":"Name","value":"${field}"}}`).join(',')}]}}]} as unknown as DocumentNode;\n`;
    parts.push(block);
    size += block.length;
  }
  return { path, text: parts.join('') };
}

function packageFiles(packageIndex) {
  const pkg = `packages/app-${String(packageIndex).padStart(3, '0')}`;
  const events = packageEvents(packageIndex);
  return [
    { path: `${pkg}/package.json`, text: JSON.stringify({ name: `@bench/app-${packageIndex}`, private: true, dependencies: { '@bench/analytics': '*' } }, null, 2) + '\n' },
    { path: `${pkg}/src/analytics.ts`, text: `import { AnalyticsBrowser } from '@segment/analytics-next';\n\nexport const analytics = AnalyticsBrowser.load({ writeKey: '${packageIndex}' });\n` },
    { path: `${pkg}/src/events.ts`, text: `export const EVENTS = {\n${events.map((event) => `  ${constantName(event)}: '${event}',`).join('\n')}\n} as const;\n` },
    { path: `${pkg}/src/progress.ts`, text: `export const progress = { track(id: string) { return id; } };\n` },
    { path: `${pkg}/src/types.ts`, text: interfaceBlock(tools(streamFor(SEED, 2_000_000 + packageIndex))) },
  ];
}

function sharedPackage() {
  return [
    { path: 'packages/analytics/package.json', text: JSON.stringify({ name: '@bench/analytics', private: true, main: 'src/index.ts' }, null, 2) + '\n' },
    { path: 'packages/analytics/src/index.ts', text: `export * from './events';\nexport * from './track-event';\n` },
    {
      path: 'packages/analytics/src/events.ts',
      text:
        `export const SHARED_EVENTS = {\n${SHARED_EVENTS.map((event) => `  ${constantName(event)}: '${event}',`).join('\n')}\n} as const;\n\n` +
        `export enum AppEvent {\n${SHARED_EVENTS.map((event) => `  ${enumMember(event)} = '${event}',`).join('\n')}\n}\n`,
    },
    {
      path: 'packages/analytics/src/track-event.ts',
      text: `import { AnalyticsBrowser } from '@segment/analytics-next';\n\nconst analytics = AnalyticsBrowser.load({ writeKey: 'shared' });\n\nexport function trackEvent(name: string, props: Record<string, unknown>): void {\n  analytics.track(name, { ...props, app: 'web' });\n}\n`,
    },
  ];
}

function planFile(used) {
  const planned = [...used, 'Trial Converted', 'Seat Added', 'Audit Log Exported'].sort();
  const lines = ['version: 1', 'commonProperties:', '  app: { type: string }', 'events:'];
  for (const event of planned) lines.push(`  ${event}:`, `    description: ${event} (synthetic).`);
  return lines.join('\n') + '\n';
}

/** Writes the corpus into `dir` (replacing it) and returns what it holds. */
export function generateCorpus({ dir, files }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const used = new Set();
  let bytes = 0;
  let sourceFiles = 0;
  const write = ({ path, text }) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
    if (/\.(tsx?|jsx?)$/.test(path)) sourceFiles++;
  };
  write({ path: 'package.json', text: JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['packages/*'] }, null, 2) + '\n' });
  write({ path: '.gitignore', text: 'node_modules/\ndist/\n' });
  write({ path: 'tsconfig.json', text: JSON.stringify({ compilerOptions: { strict: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler' } }, null, 2) + '\n' });
  for (const file of sharedPackage()) write(file);
  const packages = Math.ceil(files / FILES_PER_PACKAGE);
  for (let index = 0; index < packages; index++) for (const file of packageFiles(index)) write(file);
  for (let index = 0; index < files; index++) write(sourceFile(index, used));
  write({ path: 'tracking-plan.yaml', text: planFile(used) });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir, maxBuffer: 256 * 1024 * 1024 });
  return { files: sourceFiles, bytes, planned: used.size + 3 };
}

/** The corpus for `files`, generated once and reused while this generator's source is unchanged. */
export function ensureCorpus(benchDir, files) {
  const dir = join(benchDir, `corpus-${files}`);
  const manifestPath = join(benchDir, `corpus-${files}.json`);
  if (existsSync(manifestPath) && existsSync(join(dir, '.git'))) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.version === GENERATOR_VERSION) return { dir, ...manifest };
  }
  const stats = generateCorpus({ dir, files });
  const manifest = { version: GENERATOR_VERSION, ...stats };
  writeFileSync(manifestPath, JSON.stringify(manifest) + '\n');
  return { dir, ...manifest };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = Number(process.argv[2] ?? BASE_FILES);
  const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.bench');
  const corpus = ensureCorpus(benchDir, files);
  process.stdout.write(`${corpus.dir}: ${corpus.files} source files, ${(corpus.bytes / 1e6).toFixed(1)} MB\n`);
}
