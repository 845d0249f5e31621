import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/scan/name-index.js';

describe('NameIndex', () => {
  it('finds the files that contain a name, those that spell it as a word, and searches changed files again', () => {
    const contents = new Map<string, string | Buffer>([
      ['a.ts', Buffer.from('reader.execute()')],
      ['b.ts', 'const readers = [];'],
      ['c.ts', Buffer.from('export const x = 1;')],
    ]);
    let reads = 0;
    const index = new NameIndex(
      () => new Set(contents.keys()),
      (file) => {
        reads++;
        return contents.get(file);
      },
    );
    expect(index.filesContaining('reader')).toEqual(['a.ts', 'b.ts']);
    expect(index.filesContaining('reader')).toEqual(['a.ts', 'b.ts']);
    expect(reads).toBe(3);
    expect(index.filesSpelling(['reader'])).toEqual(['a.ts']);
    expect(index.filesSpelling(['reader', 'x'], new Set(['b.ts', 'c.ts']))).toEqual(['c.ts']);
    contents.set('c.ts', 'import { reader } from "./a";');
    contents.set('a.ts', Buffer.from('export {};'));
    index.update(['a.ts', 'c.ts']);
    expect(index.filesContaining('reader')).toEqual(['b.ts', 'c.ts']);
    expect(index.filesSpelling(['reader'])).toEqual(['c.ts']);
  });
});
