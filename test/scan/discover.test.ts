import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, discoverFiles, discoverGitFilesAsync } from '../../src/scan/discover.js';
import { copyFixture } from '../helpers/cli.js';

const listing = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };

describe('discoverGitFilesAsync', () => {
  it('lists what discoverFiles lists in a git repository, untracked files and .gitignore included', async () => {
    const root = copyFixture('react-app', { git: true, files: { 'src/untracked.ts': 'export {};\n', 'build/bundle.js': 'x();\n', '.gitignore': 'build/\n' } });
    const files = await discoverGitFilesAsync({ root, ...listing });
    expect(files).toEqual(discoverFiles({ root, ...listing }));
    expect(files).toContain('src/untracked.ts');
    expect(files).not.toContain('build/bundle.js');
  });

  it('leaves a folder outside git to discoverFiles', async () => {
    const root = mkdtempSync(join(tmpdir(), 'trackplan-no-git-'));
    writeFileSync(join(root, 'app.ts'), 'export {};\n');
    expect(await discoverGitFilesAsync({ root, ...listing })).toBeUndefined();
    expect(discoverFiles({ root, ...listing })).toEqual(['app.ts']);
  });
});
