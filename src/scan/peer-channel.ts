import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

export type ThreadSide = 0 | 1;

/** What a thread that cannot go on sends the other, its stack kept for TRACKPLAN_DEBUG. */
export interface FailedMessage {
  kind: 'failed';
  message: string;
  stack?: string;
}

export function failedMessage(error: unknown): FailedMessage {
  return error instanceof Error ? { kind: 'failed', message: error.message, stack: error.stack } : { kind: 'failed', message: String(error) };
}

/** Shared memory of a channel: a counter per side, and the index of the next file to claim. */
export const CHANNEL_SLOTS = 3;
const NEXT_FILE = 2;

/**
 * Messages between the two threads of one scan, received synchronously, so that the scan stays one
 * synchronous function on both sides: each side waits on its own counter in shared memory, which the
 * other side raises after every message. The files are claimed a slice at a time from a shared
 * index, so that neither thread waits for the other at the end of the first pass.
 */
export class PeerChannel {
  constructor(
    private readonly port: MessagePort,
    private readonly signals: Int32Array,
    private readonly side: ThreadSide,
  ) {}

  /** The index of the first of `count` files this thread now owns. */
  claim(count: number): number {
    return Atomics.add(this.signals, NEXT_FILE, count);
  }

  send(message: unknown): void {
    this.port.postMessage(message);
    const other = 1 - this.side;
    Atomics.add(this.signals, other, 1);
    Atomics.notify(this.signals, other);
  }

  /**
   * The next message from the other side. `peerAlive` is asked between waits of a tenth of a second:
   * a thread that dies without a word (out of memory) must not leave this one waiting for ever.
   */
  receive<T>(peerAlive: () => boolean = () => true): T {
    for (;;) {
      const signal = Atomics.load(this.signals, this.side);
      const received = receiveMessageOnPort(this.port);
      if (received) return received.message as T;
      if (Atomics.wait(this.signals, this.side, signal, 100) === 'timed-out' && !peerAlive()) {
        throw new Error("the scan's second thread stopped without a result");
      }
    }
  }
}
