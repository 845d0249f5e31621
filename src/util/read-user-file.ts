import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/** A file the user named (a plan, a config, a baseline, a report), or a UserError that says why it cannot be read. */
export function readUserFile(absolutePath: string, displayPath: string): string {
  try {
    return readFileSync(absolutePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'this is a directory, not a file' : `the file cannot be read (${code ?? 'unknown error'})`;
    throw new UserError(reason, { location: { file: displayPath } });
  }
}
