import { execFileSync } from 'node:child_process';

/** git's output in `root` as text, or undefined when git is missing or refuses: callers then do without. */
export function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}
