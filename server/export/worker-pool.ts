/**
 * Export workers: each export is built and laid out in a worker thread, so the main thread —
 * every plan's sync — never waits on layout or on the garbage collection it causes. One worker
 * per export slot (gate.ts decides how many run at once); a worker is started on first use and
 * stopped after a quiet spell, so an idle server holds no layout memory.
 */
import { Worker } from 'node:worker_threads';
import type { ExportJob, ExportReply } from './jobs.ts';

/** An idle worker is stopped after this long, releasing its fonts and heap. */
export const WORKER_IDLE_MS = 60_000;
/** Bound on one export; a worker that takes longer is stopped and the export fails. */
export const EXPORT_TIMEOUT_MS = 120_000;
/** Heap bound per worker: a runaway export fails alone instead of taking the server down. */
const WORKER_HEAP_MB = 512;

const WORKER_URL = new URL('./render-worker.ts', import.meta.url);
/**
 * The worker's first script: the server runs TypeScript through tsx, whose loader does not
 * follow into worker threads, so the worker registers it before loading its module.
 */
const BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;

interface Slot {
  worker: Worker;
  busy: boolean;
  idleTimer: NodeJS.Timeout | undefined;
}

export interface RenderedFile {
  contentType: string;
  extension: string;
  body: Buffer;
}

export class ExportWorkers {
  private readonly slots = new Set<Slot>();

  /** Builds and renders one export in an idle worker (starting one if none is idle). */
  async render(job: ExportJob): Promise<RenderedFile> {
    const slot = this.idleSlot() ?? this.start();
    slot.busy = true;
    clearTimeout(slot.idleTimer);
    try {
      const reply = await this.send(slot, job);
      if (!reply.ok) throw new Error(`export worker: ${reply.message}`);
      return { contentType: reply.contentType, extension: reply.extension, body: Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength) };
    } finally {
      slot.busy = false;
      if (this.slots.has(slot)) slot.idleTimer = setTimeout(() => this.stop(slot), WORKER_IDLE_MS).unref();
    }
  }

  /** Stops every worker (the server is closing). */
  async close(): Promise<void> {
    await Promise.all([...this.slots].map((slot) => this.stop(slot)));
  }

  private idleSlot(): Slot | undefined {
    return [...this.slots].find((slot) => !slot.busy);
  }

  private start(): Slot {
    const worker = new Worker(BOOTSTRAP, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    const slot: Slot = { worker, busy: false, idleTimer: undefined };
    this.slots.add(slot);
    worker.once('exit', () => this.slots.delete(slot));
    return slot;
  }

  private async stop(slot: Slot): Promise<void> {
    clearTimeout(slot.idleTimer);
    this.slots.delete(slot);
    await slot.worker.terminate();
  }

  private send(slot: Slot, job: ExportJob): Promise<ExportReply> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error): void => {
        cleanup();
        void this.stop(slot);
        reject(error);
      };
      const onMessage = (reply: ExportReply): void => {
        cleanup();
        resolve(reply);
      };
      const onError = (error: Error): void => fail(error);
      const onExit = (code: number): void => fail(new Error(`export worker exited with code ${code}`));
      const timer = setTimeout(() => fail(new Error(`export took longer than ${EXPORT_TIMEOUT_MS} ms`)), EXPORT_TIMEOUT_MS);
      const cleanup = (): void => {
        clearTimeout(timer);
        slot.worker.off('message', onMessage);
        slot.worker.off('error', onError);
        slot.worker.off('exit', onExit);
      };
      slot.worker.on('message', onMessage);
      slot.worker.on('error', onError);
      slot.worker.on('exit', onExit);
      // A copy of the state goes over; the caller may still hold the original.
      slot.worker.postMessage(job);
    });
  }
}
