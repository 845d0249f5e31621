import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { packagePath } from '../util/package-root.js';
import { PeerChannel } from './peer-channel.js';
import type { ScanResult } from './scan.js';

/** What one thread hands the other after each wrapper round, so that both learn the same names. */
interface NamesMessage {
  kind: 'names';
  names: string[];
  exported: string[];
}

/** One thread's share of the scan, with what the counts of the whole need. */
export interface ShareResult {
  result: ScanResult;
  /** Modules parsed only to resolve names, and files parsed for their call sites: absolute paths. */
  modulePaths: string[];
  sourcePaths: string[];
}

type PeerMessage = NamesMessage | ({ kind: 'done' } & ShareResult) | { kind: 'failed'; message: string };

export interface PeerWorkerData {
  port: MessagePort;
  signals: Int32Array;
}

/** What the main thread sends the worker first: its share of the files, or that there is nothing to do. */
export interface StartMessage {
  kind: 'start';
  config: ResolvedConfig;
  files: string[];
}

export interface CancelMessage {
  kind: 'cancel';
}

/** A tree this large pays for starting a second thread (about 80 ms of start-up on it). */
export const PEER_MIN_FILES = 1500;

/** The names side of the protocol, the same on both threads. */
export class NameExchange {
  constructor(protected readonly channel: PeerChannel) {}

  /** Sends this thread's names and adds the other thread's: both end the round with the same sets. */
  share(names: Set<string>, exported: Set<string>): void {
    this.channel.send({ kind: 'names', names: [...names], exported: [...exported] } satisfies NamesMessage);
    const reply = this.receive();
    if (reply.kind !== 'names') throw new Error(`the scan's second thread sent "${reply.kind}" during the wrapper rounds`);
    for (const name of reply.names) names.add(name);
    for (const name of reply.exported) exported.add(name);
  }

  protected receive(): PeerMessage {
    const message = this.channel.receive<PeerMessage>();
    if (message.kind === 'failed') throw new Error(`the scan's second thread failed: ${message.message}`);
    return message;
  }

  done(share: ShareResult): void {
    this.channel.send({ kind: 'done', ...share } satisfies PeerMessage);
  }

  fail(error: unknown): void {
    this.channel.send({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PeerMessage);
  }
}

/** The main thread's end: starts the worker on its share of the files and collects its result. */
export class PeerScan extends NameExchange {
  constructor(
    channel: PeerChannel,
    private readonly worker: Worker,
  ) {
    super(channel);
  }

  start(config: ResolvedConfig, files: string[]): void {
    this.channel.send({ kind: 'start', config, files } satisfies StartMessage);
  }

  cancel(): void {
    this.channel.send({ kind: 'cancel' } satisfies CancelMessage);
  }

  finish(): ShareResult {
    const message = this.receive();
    if (message.kind !== 'done') throw new Error(`the scan's second thread sent "${message.kind}" instead of its result`);
    void this.worker.terminate();
    return message;
  }
}

let warm: PeerScan | undefined;

function startWorker(): PeerScan | undefined {
  const script = packagePath('dist', 'src', 'scan', 'scan-worker.js');
  if (!existsSync(script)) return undefined;
  const { port1, port2 } = new MessageChannel();
  const signals = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const workerData: PeerWorkerData = { port: port2, signals };
  const worker = new Worker(script, { workerData, transferList: [port2] });
  // Never what keeps the process alive: a failed main thread must still exit.
  worker.unref();
  return new PeerScan(new PeerChannel(port1, signals, 0), worker);
}

/**
 * Starts the second thread before the config, the plan and the listing are read, so that its own
 * start-up (a thread and the scanner's modules, about 100 ms) runs beside them; a run that does not
 * use it cancels it.
 */
export function prewarmPeerScan(): void {
  if (availableParallelism() > 1) warm ??= startWorker();
}

export function cancelPeerScan(): undefined {
  warm?.cancel();
  warm = undefined;
  return undefined;
}

/** The second thread, scanning `files`; undefined when the worker script is missing (an unbuilt checkout). */
export function startPeerScan(config: ResolvedConfig, files: string[]): PeerScan | undefined {
  const peer = warm ?? startWorker();
  warm = undefined;
  peer?.start(config, files);
  return peer;
}
