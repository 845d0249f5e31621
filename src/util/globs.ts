import picomatch from 'picomatch';

/**
 * One regular expression for a list of globs (picomatch's own, with `dot`): a tree of 20,000 files
 * is tested against it once per file, instead of once per glob.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const pattern = new RegExp(globs.map((glob) => `(?:${picomatch.makeRe(glob, { dot: true }).source})`).join('|'));
  return (path) => pattern.test(path);
}

/** Whether a path is included and not excluded. */
export function listableMatcher(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const included = globMatcher(include);
  const excluded = globMatcher(exclude);
  return (path) => included(path) && !excluded(path);
}
