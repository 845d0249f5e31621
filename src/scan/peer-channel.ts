import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

export type ThreadSide = 0 | 1;

/**
 * Messages between the two threads of one scan, received synchronously, so that the scan stays one
 * synchronous function on both sides: each side waits on its own counter in shared memory, which the
 * other side raises after every message.
 */
export class PeerChannel {
  constructor(
    private readonly port: MessagePort,
    private readonly signals: Int32Array,
    private readonly side: ThreadSide,
  ) {}

  send(message: unknown): void {
    this.port.postMessage(message);
    const other = 1 - this.side;
    Atomics.add(this.signals, other, 1);
    Atomics.notify(this.signals, other);
  }

  receive<T>(): T {
    for (;;) {
      const signal = Atomics.load(this.signals, this.side);
      const received = receiveMessageOnPort(this.port);
      if (received) return received.message as T;
      Atomics.wait(this.signals, this.side, signal);
    }
  }
}
