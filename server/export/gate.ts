/**
 * How many exports a server lays out at once. Each one keeps a core busy for a while (in a
 * worker thread, see worker-pool.ts); at most one core less than the machine has, so the main
 * thread always has a core for every plan's sync. The rest wait their turn in order, and past a
 * short queue the caller is told to come back later.
 */
import { availableParallelism } from 'node:os';

/** Exports laid out at the same time: 2, or 1 on a machine with two cores or fewer. */
export const EXPORTS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Exports that may wait for a turn; one more is refused. */
export const EXPORTS_WAITING = 8;

/** Thrown by `run` when every slot and every place in the queue is taken. */
export class ExportQueueFull extends Error {
  constructor() {
    super('Too many exports are being prepared right now.');
  }
}

export class ExportGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly atOnce = EXPORTS_AT_ONCE,
    private readonly maxWaiting = EXPORTS_WAITING,
  ) {}

  /** Runs `task` when a slot is free; rejects with ExportQueueFull when the queue is full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.atOnce) {
      if (this.waiting.length >= this.maxWaiting) throw new ExportQueueFull();
      // The slot is handed over by the finishing task, so `running` never drops in between.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Exports in progress and waiting, for logs and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
