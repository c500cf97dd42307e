/**
 * Keeps WAL checkpoints off the main thread. While the worker runs, the main connection's
 * automatic checkpoints are off; if the worker fails they are switched back on, so the WAL
 * never grows without bound.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import type { Db } from './database.ts';

const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

export class Checkpointer {
  private readonly worker: Worker;
  private stopped = false;

  constructor(
    private readonly db: Db,
    file: string,
    intervalMs: number,
    private readonly logger: Logger,
  ) {
    db.pragma('wal_autocheckpoint = 0');
    this.worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: { file, intervalMs } });
    this.worker.unref();
    this.worker.on('message', (message: { kind: string; message?: string }) => {
      if (message.kind === 'error') this.logger.warn({ detail: message.message }, 'WAL checkpoint failed; will retry');
    });
    this.worker.on('error', (error) => this.fallBack(error));
    this.worker.on('exit', (code) => {
      if (!this.stopped) this.fallBack(new Error(`checkpoint worker exited with ${code}`));
    });
  }

  /** Stops the worker; the main connection checkpoints when it closes. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const done = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    await this.worker.terminate();
  }

  private fallBack(error: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    this.logger.error({ err: error }, 'checkpoint worker failed; checkpointing on the main thread again');
    this.db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  }
}
