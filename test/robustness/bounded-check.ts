import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Report } from '../../src/report/types.js';
import { REPO } from '../helpers/cli.js';

export type CheckOutcome = { kind: 'report'; report: Report } | { kind: 'user-error'; message: string } | { kind: 'crash'; message: string } | { kind: 'timeout' };

/**
 * The built `check`, run synchronously in a worker thread with a time bound: a case that hangs is
 * reported as a timeout and its worker terminated, where an in-process call would block the test run.
 */
export class BoundedCheck {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly timeoutMs: number) {}

  run(root: string): CheckOutcome {
    const port = this.port ?? this.start();
    Atomics.store(this.signal, 0, 0);
    port.postMessage({ root });
    return this.receive(port, this.timeoutMs) ?? this.timedOut();
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.port = undefined;
  }

  private start(): MessagePort {
    const { port1, port2 } = new MessageChannel();
    Atomics.store(this.signal, 0, 0);
    this.worker = new Worker(join(REPO, 'test', 'robustness', 'check-worker.mjs'), {
      workerData: { run: pathToFileURL(join(REPO, 'dist', 'src', 'run.js')).href, errors: pathToFileURL(join(REPO, 'dist', 'src', 'errors.js')).href, port: port2, signal: this.signal },
      transferList: [port2],
    });
    if (!this.receive(port1, 60_000)) throw new Error('the check worker did not start (is dist/ built? run `npm run build`)');
    this.port = port1;
    return port1;
  }

  private receive(port: MessagePort, timeoutMs: number): CheckOutcome | undefined {
    if (Atomics.wait(this.signal, 0, 0, timeoutMs) === 'timed-out') return undefined;
    return receiveMessageOnPort(port)?.message as CheckOutcome | undefined;
  }

  private timedOut(): CheckOutcome {
    this.close();
    return { kind: 'timeout' };
  }
}
