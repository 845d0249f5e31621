import { existsSync } from 'node:fs';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { packagePath } from '../util/package-root.js';
import { CHANNEL_SLOTS, PeerChannel, type FailedMessage } from './peer-channel.js';
import type { ScanResult } from './scan.js';

/** What one thread hands the other after each wrapper round, so that both learn the same names. */
interface NamesMessage {
  kind: 'names';
  names: string[];
  called: string[];
  methods: [string, string[]][];
}

/** One thread's share of the scan, with what the counts of the whole need. */
export interface ShareResult {
  result: ScanResult;
  /** Modules parsed only to resolve names, and files parsed for their call sites: absolute paths. */
  modulePaths: string[];
  sourcePaths: string[];
}

type PeerMessage = NamesMessage | ({ kind: 'done' } & ShareResult) | FailedMessage;

export interface PeerWorkerData {
  port: MessagePort;
  signals: Int32Array;
}

/** What the main thread sends the worker first: the files, to claim a slice at a time. */
export interface StartMessage {
  kind: 'start';
  config: ResolvedConfig;
  files: string[];
}

const CLAIMED_FILES = 64;

/**
 * On two cores a second thread pays for itself only on a large tree: V8's own helper threads use
 * much of the second core already. Measured on the benchmark's corpus: 12% slower at 4,900 files,
 * 17% faster at 19,600.
 */
export const PEER_MIN_FILES = 10_000;

/** The names side of the protocol, the same on both threads. */
export class NameExchange {
  constructor(protected readonly channel: PeerChannel) {}

  /** The files this thread scans next: a slice of the listing no other thread has claimed, empty at the end. */
  claim(files: readonly string[]): readonly string[] {
    const start = this.channel.claim(CLAIMED_FILES);
    return files.slice(start, start + CLAIMED_FILES);
  }

  /** Sends this thread's names and adds the other thread's: both end the round with the same sets. */
  share(names: Set<string>, called: Set<string>, methods: Map<string, Set<string>>): void {
    this.channel.send({ kind: 'names', names: [...names], called: [...called], methods: [...methods].map(([method, holders]) => [method, [...holders]]) } satisfies NamesMessage);
    const reply = this.receive();
    if (reply.kind !== 'names') throw new Error(`the scan's second thread sent "${reply.kind}" during the wrapper rounds`);
    for (const name of reply.names) names.add(name);
    for (const name of reply.called) called.add(name);
    for (const [method, holders] of reply.methods) methods.set(method, new Set([...(methods.get(method) ?? []), ...holders]));
  }

  protected receive(): PeerMessage {
    const message = this.channel.receive<PeerMessage>(() => this.peerAlive());
    if (message.kind === 'failed') {
      const error = new Error(`the scan's second thread failed: ${message.message}`);
      if (message.stack !== undefined) error.stack = message.stack;
      throw error;
    }
    return message;
  }

  /** The worker's side never waits on a dead main thread: the process ends with it. */
  protected peerAlive(): boolean {
    return true;
  }

  done(share: ShareResult): void {
    this.channel.send({ kind: 'done', ...share } satisfies PeerMessage);
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

  /** A worker that has stopped has the thread id -1, before its exit event can run. */
  protected override peerAlive(): boolean {
    return this.worker.threadId !== -1;
  }

  start(config: ResolvedConfig, files: string[]): void {
    this.channel.send({ kind: 'start', config, files } satisfies StartMessage);
  }

  finish(): ShareResult {
    const message = this.receive();
    if (message.kind !== 'done') throw new Error(`the scan's second thread sent "${message.kind}" instead of its result`);
    void this.worker.terminate();
    return message;
  }
}

/** The second thread, scanning its share of `files`; undefined when the worker script is missing (an unbuilt checkout). */
export function startPeerScan(config: ResolvedConfig, files: string[]): PeerScan | undefined {
  const script = packagePath('dist', 'src', 'scan', 'scan-worker.js');
  if (!existsSync(script)) return undefined;
  const { port1, port2 } = new MessageChannel();
  const signals = new Int32Array(new SharedArrayBuffer(CHANNEL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const workerData: PeerWorkerData = { port: port2, signals };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData, transferList: [port2] });
  } catch {
    return undefined;
  }
  // Never what keeps the process alive: a failed main thread must still exit.
  worker.unref();
  const peer = new PeerScan(new PeerChannel(port1, signals, 0), worker);
  peer.start(config, files);
  return peer;
}
