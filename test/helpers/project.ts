import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A project in a temporary folder, made of these files (paths relative to it, with `/`). */
export function writeProject(files: Record<string, string>, name = 'project'): string {
  const root = mkdtempSync(join(tmpdir(), `trackplan-${name}-`));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
