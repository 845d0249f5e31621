import { execFileSync } from 'node:child_process';

/** How git's output is taken: as text, up to a listing of a very large repository. */
export const GIT_OUTPUT = { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 } as const;

/** git's output in `root` as text, or undefined when git is missing or refuses: callers then do without. */
export function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { ...GIT_OUTPUT, cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}
