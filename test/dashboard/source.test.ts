import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLineReader } from '../../src/dashboard/line-reader.js';
import { createDashboardStore, createStaticSource } from '../../src/dashboard/source.js';
import { sampleReport } from './sample-report.js';

describe('createDashboardStore', () => {
  it('notifies subscribers of each update with a new snapshot, until they unsubscribe', () => {
    const store = createDashboardStore({ initial: { progress: { done: 0, total: 10, phase: 'scanning' } } });
    const listener = vi.fn();
    const unsubscribe = store.source.subscribe(listener);
    const before = store.source.getSnapshot();
    store.update({ progress: { done: 5, total: 10, phase: 'scanning' } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.source.getSnapshot()).not.toBe(before);
    expect(store.source.getSnapshot()).toEqual({ watching: false, progress: { done: 5, total: 10, phase: 'scanning' } });
    unsubscribe();
    store.update({ report: sampleReport, progress: undefined, lastScanMs: 340 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.source.getSnapshot()).toMatchObject({ report: sampleReport, lastScanMs: 340 });
  });

  it('keeps the same snapshot between updates, as useSyncExternalStore requires', () => {
    const source = createStaticSource(sampleReport);
    expect(source.getSnapshot()).toBe(source.getSnapshot());
  });

  it('passes the watch switch on, and shows it in the state', () => {
    const onWatchingChange = vi.fn();
    const { source } = createDashboardStore({ onWatchingChange });
    source.setWatching(true);
    expect(onWatchingChange).toHaveBeenCalledWith(true);
    expect(source.getSnapshot().watching).toBe(true);
  });

  it('reads lines through the given reader, or none', () => {
    expect(createStaticSource(sampleReport).readLine('a.ts', 1)).toBeUndefined();
    expect(createStaticSource(sampleReport, (file, line) => `${file}#${line}`).readLine('a.ts', 2)).toBe('a.ts#2');
  });
});

describe('createLineReader', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('reads 1-based lines, breaking lines where ESLint does, and forgets a changed file', () => {
    root = mkdtempSync(join(tmpdir(), 'trackplan-lines-'));
    writeFileSync(join(root, 'a.ts'), 'one\r\ntwo\rthree\u2028four\nfive');
    const reader = createLineReader(root);
    expect([1, 2, 3, 4, 5, 6].map((line) => reader.readLine('a.ts', line))).toEqual(['one', 'two', 'three', 'four', 'five', undefined]);
    writeFileSync(join(root, 'a.ts'), 'changed');
    expect(reader.readLine('a.ts', 1)).toBe('one');
    reader.forget('a.ts');
    expect(reader.readLine('a.ts', 1)).toBe('changed');
    expect(reader.readLine('missing.ts', 1)).toBeUndefined();
  });
});
