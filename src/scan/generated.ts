import { isAbsolute, relative } from 'node:path';
import { globMatcher } from '../util/globs.js';
import { toPosix } from '../util/paths.js';
import type { ResolvedConfig } from '../config/types.js';

const HEADER_LENGTH = 2000;

/** Whether a file is a generated tracking client: by a configured glob, or by its tool's header. */
export function generatedClientTest(root: string, generated: ResolvedConfig['generated']): (path: string, text: string) => boolean {
  const matchesGlob = globMatcher(generated.globs);
  return (path, text) => {
    const inRoot = relative(root, path);
    if (matchesGlob(inRoot.startsWith('..') || isAbsolute(inRoot) ? path : toPosix(inRoot))) return true;
    const head = text.slice(0, HEADER_LENGTH);
    return generated.headers.some((header) => header.test(head));
  };
}
