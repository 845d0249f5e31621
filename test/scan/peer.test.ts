import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { NameExchange } from '../../src/scan/peer.js';
import { CHANNEL_SLOTS, failedMessage, PeerChannel } from '../../src/scan/peer-channel.js';

function pair(): [NameExchange, NameExchange] {
  const { port1, port2 } = new MessageChannel();
  const signals = new Int32Array(new SharedArrayBuffer(CHANNEL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  return [new NameExchange(new PeerChannel(port1, signals, 0)), new NameExchange(new PeerChannel(port2, signals, 1))];
}

describe('the channel between the two threads of a scan', () => {
  it('hands out each slice of the files once, then nothing', () => {
    const [main, worker] = pair();
    const files = Array.from({ length: 150 }, (_, index) => `src/${index}.ts`);
    const claimed = [main.claim(files), worker.claim(files), main.claim(files), worker.claim(files)];
    expect(claimed.map((slice) => [slice[0], slice.length])).toEqual([
      ['src/0.ts', 64],
      ['src/64.ts', 64],
      ['src/128.ts', 22],
      [undefined, 0],
    ]);
  });

  it('ends a round with the names of both sides, and refuses a message out of turn', () => {
    const { port1, port2 } = new MessageChannel();
    const signals = new Int32Array(new SharedArrayBuffer(CHANNEL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
    const main = new NameExchange(new PeerChannel(port1, signals, 0));
    const worker = new PeerChannel(port2, signals, 1);
    worker.send({ kind: 'names', names: ['logEvent', 'handleSelect'], called: ['logEvent'], methods: [['execute', ['MarkRead', 'reader']]] });
    const names = new Set(['trackEvent']);
    const called = new Set(['trackEvent']);
    const methods = new Map([['execute', new Set(['MarkRead'])]]);
    main.share(names, called, methods);
    expect([...names]).toEqual(['trackEvent', 'logEvent', 'handleSelect']);
    expect([...called]).toEqual(['trackEvent', 'logEvent']);
    expect([...methods].map(([method, holders]) => [method, [...holders]])).toEqual([['execute', ['MarkRead', 'reader']]]);
    expect(worker.receive()).toEqual({ kind: 'names', names: ['trackEvent'], called: ['trackEvent'], methods: [['execute', ['MarkRead']]] });
    worker.send({ kind: 'done', result: {}, modulePaths: [], sourcePaths: [] });
    expect(() => main.share(names, called, methods)).toThrow('the scan\'s second thread sent "done" during the wrapper rounds');
  });

  it('turns a failure of the second thread into an error of the scan, with its stack', () => {
    const { port1, port2 } = new MessageChannel();
    const signals = new Int32Array(new SharedArrayBuffer(CHANNEL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
    const main = new NameExchange(new PeerChannel(port1, signals, 0));
    const failure = new Error('cannot read the plan');
    new PeerChannel(port2, signals, 1).send(failedMessage(failure));
    let caught: unknown;
    try {
      main.share(new Set(['trackEvent']), new Set(), new Map());
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe("the scan's second thread failed: cannot read the plan");
    expect((caught as Error).stack).toBe(failure.stack);
  });

  it('stops waiting when the other thread has died without a word', () => {
    const { port1 } = new MessageChannel();
    const signals = new Int32Array(new SharedArrayBuffer(CHANNEL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
    let asked = 0;
    const alive = (): boolean => ++asked < 3;
    expect(() => new PeerChannel(port1, signals, 0).receive(alive)).toThrow("the scan's second thread stopped without a result");
    expect(asked).toBe(3);
  });
});
