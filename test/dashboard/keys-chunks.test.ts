import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { splitKeys } from '../../src/dashboard/keys.js';
import { NO_KEY } from './no-key.js';

const none = { ...NO_KEY, leftArrow: false, rightArrow: false, shift: false, super: false, hyper: false, capsLock: false, numLock: false } as Key;

describe('keys that arrive together in one chunk', () => {
  it('splits "\\r\\r" into two Enter presses and pasted text into characters', () => {
    expect(splitKeys('\r\r', none).map(([input, key]) => [input, key.return])).toEqual([['', true], ['', true]]);
    expect(splitKeys('no\t', none).map(([input, key]) => [input, key.tab])).toEqual([['n', false], ['o', false], ['', true]]);
  });

  it('leaves escape sequences and single keys whole', () => {
    expect(splitKeys('\u001b[A', { ...none, upArrow: true })).toHaveLength(1);
    expect(splitKeys('q', none)).toEqual([['q', none]]);
  });
});
