import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import source from '../../rules/index.js';
import { packageName } from '../../src/util/paths.js';
import { CLI, copyFixture, REPO } from '../helpers/cli.js';

const BUNDLE = join(REPO, 'dist', 'bundle');

describe('the installed command and plugin', () => {
  it('are the bundles package.json names; the CLI tests run the command\'s', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: { trackplan: string }; files: string[]; exports: Record<string, { default: string }> };
    expect(join(REPO, manifest.bin.trackplan)).toBe(CLI);
    expect(manifest.exports['./eslint']?.default).toBe('./dist/bundle/eslint.js');
    expect(manifest.files).toContain('dist/bundle');
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('imports only Node, the native parser and resolver, and what some commands load; its own modules and small packages are inside', () => {
    const imported = new Set<string>();
    for (const file of readdirSync(BUNDLE)) {
      const text = readFileSync(join(BUNDLE, file), 'utf8');
      for (const match of text.matchAll(/(?:from |import\()"([^".$][^"]*)"/g)) imported.add(packageName(match[1] as string));
    }
    expect([...imported].filter((name) => !name.startsWith('node:')).sort()).toEqual(['ink', 'oxc-parser', 'oxc-resolver', 'react']);
  });
});

describe('the bundled ESLint plugin', () => {
  it('reports in real ESLint what the plugin built from source reports', async () => {
    const bundled = ((await import(join(BUNDLE, 'eslint.js'))) as { default: typeof source }).default;
    const lint = async (plugin: typeof source): Promise<string[]> => {
      const cwd = copyFixture('react-app');
      const eslint = new ESLint({
        cwd,
        overrideConfigFile: true,
        overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } }, plugin.configs.recommended] as never,
      });
      const results = await eslint.lintFiles(['.']);
      return results.flatMap((result) => result.messages.map((message) => `${relative(cwd, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`)).sort();
    };
    const fromBundle = await lint(bundled);
    expect(fromBundle).toEqual(await lint(source));
    expect(fromBundle).toContain('src/pages/Billing.tsx:6:48 trackplan/no-undeclared-property Plan Changed: property "previous" is not in the plan');
  });
});
