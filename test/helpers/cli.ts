import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The command as installed: package.json's bin, the bundle. */
export const CLI = join(REPO, 'dist', 'bundle', 'trackplan.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a fixture project in a temporary folder, optionally a git repository, with extra files. */
export function copyFixture(name: string, options: { git?: boolean; files?: Record<string, string> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `trackplan-${name.replace(/\W/g, '-')}-`));
  cpSync(join(REPO, 'fixtures', name), dir, { recursive: true });
  for (const [file, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  if (options.git) {
    const git = (...args: string[]): void => {
      spawnSync('git', args, { cwd: dir, stdio: 'ignore' });
    };
    git('init', '-q');
    git('add', '-A');
  }
  return dir;
}
