import { statSync } from 'node:fs';

/** What tells a file's versions apart without reading it: its modification time and size. */
export function fileStamp(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}
