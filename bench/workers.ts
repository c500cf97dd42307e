/**
 * The orchestrator's side of the load-client processes: fork them (running TypeScript through
 * tsx, like the orchestrator), send typed commands, await typed replies with a deadline.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { TIMEOUTS_MS } from './config.ts';
import { ReplySchema, ResultSchemas, wallNow, type Command, type CommandType, type ResultOf } from './protocol.ts';

const WORKER_SCRIPT = resolve(import.meta.dirname, 'client', 'worker.ts');

export type InputOf<T extends CommandType> = Omit<Extract<Command, { type: T }>, 'id'>;

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

class Worker {
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor(readonly child: ChildProcess, readonly tag: string) {
    child.on('message', (raw: unknown) => this.onMessage(raw));
    child.on('exit', (code, signal) => this.failAll(new Error(`client process ${tag} exited (${code ?? signal})`)));
  }

  private onMessage(raw: unknown): void {
    const reply = ReplySchema.safeParse(raw);
    if (!reply.success) return;
    const pending = this.pending.get(reply.data.id);
    if (pending === undefined) return;
    this.pending.delete(reply.data.id);
    clearTimeout(pending.timer);
    if (reply.data.ok) pending.resolve(reply.data.result);
    else pending.reject(new Error(`client process ${this.tag}: ${reply.data.error}`));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }

  async call<T extends CommandType>(input: InputOf<T>): Promise<ResultOf<T>> {
    const id = this.nextId++;
    const raw = await new Promise<unknown>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`client process ${this.tag}: no reply to ${input.type} within ${TIMEOUTS_MS.workerReply} ms`));
      }, TIMEOUTS_MS.workerReply);
      this.pending.set(id, { resolve: resolvePromise, reject, timer });
      this.child.send({ ...input, id });
    });
    const schema: (typeof ResultSchemas)[T] = ResultSchemas[input.type];
    return schema.parse(raw) as ResultOf<T>;
  }
}

export class WorkerPool {
  private constructor(readonly workers: Worker[]) {}

  static async start(count: number): Promise<WorkerPool> {
    const workers = Array.from({ length: count }, (_, index) => {
      const tag = `w${index}`;
      const child = fork(WORKER_SCRIPT, [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, BENCH_WORKER_TAG: tag },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      return new Worker(child, tag);
    });
    const pool = new WorkerPool(workers);
    await pool.checkClocks();
    return pool;
  }

  /** The client processes' pids, to account for their CPU. */
  get pids(): number[] {
    return this.workers.map((worker) => worker.child.pid).filter((pid): pid is number => pid !== undefined);
  }

  get size(): number {
    return this.workers.length;
  }

  worker(index: number): Worker {
    const worker = this.workers[index % this.workers.length];
    if (worker === undefined) throw new Error('empty worker pool');
    return worker;
  }

  /** Sends one command per worker (built from its index) and awaits all replies. */
  all<T extends CommandType>(build: (index: number) => InputOf<T>): Promise<Array<ResultOf<T>>> {
    return Promise.all(this.workers.map((worker, index) => worker.call<T>(build(index))));
  }

  /**
   * Latency crosses processes, so both ends read the wall clock. This checks the processes
   * agree on it to well under a millisecond (same machine, same clock) before trusting it.
   */
  private async checkClocks(): Promise<void> {
    for (const worker of this.workers) {
      const before = wallNow();
      const { now } = await worker.call<'clock'>({ type: 'clock' });
      const after = wallNow();
      const skew = Math.abs(now - (before + after) / 2);
      if (skew > (after - before) / 2 + 1) throw new Error(`client process ${worker.tag} clock differs by ${skew.toFixed(2)} ms`);
    }
  }

  /** Kills every client process; safe to call twice and on the error path. */
  stop(): void {
    for (const worker of this.workers) {
      if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    }
  }
}
