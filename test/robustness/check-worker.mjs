// Runs the built `check` for the fuzz tests in a worker thread, so the test can bound each case in
// time (a hang is terminated, not waited for) and tell a UserError from any other exception.
import { workerData } from 'node:worker_threads';

const { check } = await import(workerData.run);
const { UserError } = await import(workerData.errors);
const { port, signal } = workerData;

port.on('message', ({ root }) => {
  let reply;
  try {
    reply = { kind: 'report', report: check({ root, cwd: root, failOn: { kind: 'none' } }) };
  } catch (error) {
    reply = error instanceof UserError ? { kind: 'user-error', message: error.message } : { kind: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
port.postMessage({ kind: 'ready' });
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
