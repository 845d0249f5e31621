import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageName } from '../../src/util/paths.js';
import { CLI, REPO } from '../helpers/cli.js';

const BUNDLE = join(REPO, 'dist', 'bundle');

describe('the installed command', () => {
  it('is the bundle package.json names, which the CLI tests run', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: { trackplan: string }; files: string[] };
    expect(join(REPO, manifest.bin.trackplan)).toBe(CLI);
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
