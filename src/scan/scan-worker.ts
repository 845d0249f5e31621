import { workerData } from 'node:worker_threads';
import { PeerChannel } from './peer-channel.js';
import type { CancelMessage, PeerWorkerData, StartMessage } from './peer.js';

/**
 * The second thread of a scan. It loads the scanner while the main thread reads the config, the plan
 * and the listing, then waits for its share of the files. Every failure, even to load the scanner,
 * reaches the main thread as a message instead of leaving it waiting.
 */
const { port, signals } = workerData as PeerWorkerData;
const channel = new PeerChannel(port, signals, 1);
const { NameExchange } = await import('./peer.js');
const exchange = new NameExchange(channel);
try {
  const { ProjectScanner } = await import('./scan.js');
  const message = channel.receive<StartMessage | CancelMessage>();
  if (message.kind === 'start') exchange.done(new ProjectScanner(message.config, { files: message.files, threads: 1 }).scanShare(exchange));
} catch (error) {
  exchange.fail(error);
}
port.close();
