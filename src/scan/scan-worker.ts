import { workerData } from 'node:worker_threads';
import { failedMessage, PeerChannel } from './peer-channel.js';
import type { PeerWorkerData, StartMessage } from './peer.js';

/**
 * The second thread of a scan. Every failure, even to load the scanner, reaches the main thread as a
 * message instead of leaving it waiting.
 */
const { port, signals } = workerData as PeerWorkerData;
const channel = new PeerChannel(port, signals, 1);
try {
  const [{ NameExchange }, { ProjectScanner }] = await Promise.all([import('./peer.js'), import('./scan.js')]);
  const message = channel.receive<StartMessage>();
  const exchange = new NameExchange(channel);
  exchange.done(new ProjectScanner(message.config, { threads: 1 }).scanShare(exchange, message.files));
} catch (error) {
  channel.send(failedMessage(error));
}
port.close();
