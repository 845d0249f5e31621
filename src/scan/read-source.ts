import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Notice } from '../report/types.js';

/** Opening a symbolic link with O_NOFOLLOW fails with one of these (Linux: ELOOP; FreeBSD: EMLINK). */
const SYMLINK_CODES = new Set(['ELOOP', 'EMLINK']);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** A source text as ESLint reads it, whose offsets every call site is given in. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A text read only to look for names: a file that is not parsed gets no notice of its encoding. */
export function plainText(content: string | Buffer): string {
  return typeof content === 'string' ? content : withoutByteOrderMark(content.toString('utf8'));
}

/** `readFileSync(descriptor)` would ask for the size a second time. */
function readAll(descriptor: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(descriptor, buffer, filled, size - filled, filled);
    if (read === 0) return buffer.subarray(0, filled);
    filled += read;
  }
  return buffer;
}

/**
 * Reads the listed source files of one project as text, the way ESLint does (UTF-8, BOM dropped),
 * and turns every file it cannot or should not read into a notice instead of an error: deleted,
 * unreadable, over maxFileSize, binary, a symbolic link loop or one that leads out of the project.
 * Directories (a symbolic link to one, listed by git) are skipped silently: they are never followed.
 */
export class SourceReader {
  private realRoot: string | undefined;

  constructor(
    private readonly root: string,
    private readonly maxFileSize: number,
    private readonly notices: Notice[],
  ) {}

  /** The bytes of `file` (relative to the root, with `/`), or undefined with a notice; a prefilter looks at them before they are decoded. */
  readBytes(file: string): Buffer | undefined {
    return this.readPath(join(this.root, file), file, constants.O_RDONLY | NO_FOLLOW);
  }

  /** Text as ESLint reads it: invalid bytes as U+FFFD (with a notice), the BOM dropped. */
  decode(file: string, bytes: Buffer): string {
    if (!isUtf8(bytes)) this.notices.push({ file, message: 'not valid UTF-8: read with U+FFFD in place of the invalid bytes, as ESLint reads it' });
    return withoutByteOrderMark(bytes.toString('utf8'));
  }

  /** Opens, reads and closes one path; a symbolic link met under O_NOFOLLOW is read through readLink. */
  private readPath(path: string, file: string, flags: number): Buffer | undefined {
    let descriptor: number;
    try {
      descriptor = openSync(path, flags);
    } catch (error) {
      const code = errorCode(error);
      if (SYMLINK_CODES.has(code) && (flags & NO_FOLLOW) !== 0) return this.readLink(path, file);
      return this.unreadable(file, code);
    }
    try {
      return this.readOpen(descriptor, file);
    } catch (error) {
      return this.unreadable(file, errorCode(error));
    } finally {
      closeSync(descriptor);
    }
  }

  private readLink(path: string, file: string): Buffer | undefined {
    let target: string;
    try {
      target = realpathSync(path);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ELOOP') return this.notify(file, 'skipped: a symbolic link loop');
      if (code === 'ENOENT') return this.notify(file, 'skipped: a symbolic link to a file that does not exist');
      return this.unreadable(file, code);
    }
    if (!this.isInsideRoot(target)) return this.notify(file, 'skipped: a symbolic link to a file outside the project');
    return this.readPath(target, file, constants.O_RDONLY);
  }

  private readOpen(descriptor: number, file: string): Buffer | undefined {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return undefined;
    if (stats.size > this.maxFileSize) {
      return this.notify(file, `skipped: ${stats.size} bytes is over maxFileSize (${this.maxFileSize}); raise "maxFileSize" in the config to scan it`);
    }
    const buffer = readAll(descriptor, stats.size);
    return buffer.includes(0) ? this.notify(file, 'skipped: binary content') : buffer;
  }

  private isInsideRoot(target: string): boolean {
    this.realRoot ??= realpathSync(this.root);
    const path = relative(this.realRoot, target);
    return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
  }

  private unreadable(file: string, code: string): undefined {
    if (code === 'EISDIR') return undefined;
    if (code === 'ENOENT') return this.notify(file, 'deleted during the scan');
    return this.notify(file, code === 'EACCES' || code === 'EPERM' ? `could not be read: permission denied (${code})` : `could not be read (${code})`);
  }

  private notify(file: string, message: string): undefined {
    this.notices.push({ file, message });
    return undefined;
  }
}
