// Runs in a worker thread: folds the SQLite write-ahead log back into the database file on
// its own connection, so the copy and its fsync never stall the thread that relays updates.
// PASSIVE checkpoints never block the writer; they copy what no reader still needs.
//
// Plain JavaScript on purpose: Node 20 cannot give a worker thread the TypeScript loader
// (ESM loaders are not accepted in a worker's execArgv before Node 22.2).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** @type {{ file: string, intervalMs: number }} */
const { file, intervalMs } = workerData;
const db = new Database(file);
db.pragma('busy_timeout = 1000');

const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);

parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.postMessage({ kind: 'stopped' });
  parentPort?.close();
});
