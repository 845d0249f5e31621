import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The line breaks ESLint counts, so that report lines and shown code agree. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

export interface LineReader {
  readLine(file: string, line: number): string | undefined;
  /** Drops a file's cached lines after it changed (watch mode). */
  forget(file: string): void;
}

export function createLineReader(root: string): LineReader {
  const cache = new Map<string, string[] | undefined>();
  const linesOf = (file: string): string[] | undefined => {
    if (!cache.has(file)) {
      let lines: string[] | undefined;
      try {
        lines = readFileSync(resolve(root, file), 'utf8').split(LINE_BREAK);
      } catch {
        lines = undefined;
      }
      cache.set(file, lines);
    }
    return cache.get(file);
  };
  return {
    readLine: (file, line) => linesOf(file)?.[line - 1],
    forget: (file) => cache.delete(file),
  };
}
