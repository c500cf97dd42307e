/**
 * Group commit: updates that arrive in the same turn of the event loop — from any socket,
 * for any plan — are written in one transaction, so a burst of typing costs one commit,
 * not one per keystroke. Each caller gets a promise that settles once its update is stored.
 */
import type { StoredUpdate, UpdateLog } from './update-log.ts';

interface Pending extends StoredUpdate {
  resolve: (id: number) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** Attempts for one batch before its writers are told it failed. */
  maxAttempts?: number;
  /** Delay before the first retry; doubles each time. */
  retryDelayMs?: number;
  onError?: (error: unknown, attempt: number, batchSize: number) => void;
  /**
   * Fault injection for tests: hold every batch this long before writing it, which widens
   * the window in which a crash finds updates applied but not yet stored. 0 in production.
   */
  holdMs?: number;
}

export class GroupCommitter {
  private queue: Pending[] = [];
  private scheduled = false;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly log: UpdateLog,
    private readonly options: GroupCommitOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 50;
  }

  /** Queues an update; resolves with its log id once it is committed. */
  append(planId: string, data: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ planId, data, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when everything queued so far is committed (or has failed). */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await this.inFlight;
    }
    await this.inFlight;
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after the current batch of socket reads, so frames that arrived
    // together share one transaction.
    setImmediate(() => {
      this.inFlight = this.inFlight.then(() => this.commitQueued());
    });
  }

  private async commitQueued(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (this.options.holdMs) await new Promise((resolve) => setTimeout(resolve, this.options.holdMs));
    for (let attempt = 1; ; attempt += 1) {
      try {
        const ids = this.log.appendBatch(batch);
        batch.forEach((entry, i) => entry.resolve(ids[i]!));
        return;
      } catch (error) {
        this.options.onError?.(error, attempt, batch.length);
        if (attempt >= this.maxAttempts) {
          batch.forEach((entry) => entry.reject(error));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }
}
