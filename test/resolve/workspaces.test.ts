import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWorkspacePackages } from '../../src/resolve/workspaces.js';

function workspace(workspaces: string[], packages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'trackplan-workspaces-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'root', private: true, workspaces }));
  for (const [dir, name] of Object.entries(packages)) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'package.json'), JSON.stringify({ name }));
  }
  return root;
}

function relativeFolders(root: string, packages: Map<string, string>): [string, string][] {
  return [...packages].map(([name, dir]) => [name, dir.slice(root.length + 1)]);
}

describe('findWorkspacePackages', () => {
  it('lists `dir/*` and plain folders, leaving out hidden folders, node_modules and folders without a manifest', () => {
    const root = workspace(['packages/*', './tools/cli/', 'apps/web'], {
      'packages/ui': '@acme/ui',
      'packages/analytics': '@acme/analytics',
      'packages/.cache': 'hidden',
      'packages/node_modules/dep': 'dep',
      'tools/cli': '@acme/cli',
      'apps/web': 'web',
      'apps/admin': 'admin',
    });
    mkdirSync(join(root, 'packages', 'no-manifest'));
    symlinkSync(join(root, 'apps', 'admin'), join(root, 'packages', 'linked'));
    expect(relativeFolders(root, findWorkspacePackages(root))).toEqual([
      ['web', 'apps/web'],
      ['@acme/analytics', 'packages/analytics'],
      ['@acme/ui', 'packages/ui'],
      ['@acme/cli', 'tools/cli'],
    ]);
  });

  it('lists any other pattern with a glob library, the same way', () => {
    const root = workspace(['libs/**', 'apps/{web,api}'], {
      'libs/core': '@acme/core',
      'libs/deep/feature': '@acme/feature',
      'apps/web': 'web',
      'apps/api': 'api',
      'apps/docs': 'docs',
    });
    expect(relativeFolders(root, findWorkspacePackages(root))).toEqual([
      ['api', 'apps/api'],
      ['web', 'apps/web'],
      ['@acme/core', 'libs/core'],
      ['@acme/feature', 'libs/deep/feature'],
    ]);
  });
});
