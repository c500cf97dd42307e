/**
 * A load-client process, forked by the orchestrator. It hosts many y-websocket clients and
 * answers one command at a time over IPC. It runs apart from the servers so client CPU is
 * not charged to them, and apart from the orchestrator so its timers stay punctual.
 */
import { TIMEOUTS_MS } from '../config.ts';
import { CommandSchema, wallNow, type Command, type Reply } from '../protocol.ts';
import { FanoutLoad } from './fanout.ts';
import { closeKept, fillPlan, joinBurst, writeHistory } from './documents.ts';

// Every WebsocketProvider adds a process 'exit' listener; hundreds of them are expected here.
process.setMaxListeners(0);

const processTag = process.env.BENCH_WORKER_TAG ?? String(process.pid);
const fanout = new FanoutLoad(processTag);

async function handle(command: Command): Promise<unknown> {
  switch (command.type) {
    case 'clock':
      return { now: wallNow() };
    case 'connect':
      return fanout.connect(command, command.clients);
    case 'load':
      return fanout.load(command.startAt, command.warmupMs, command.measureMs, command.opsPerSec);
    case 'collect':
      return fanout.collect(command.sentByPlan, command.drainTimeoutMs);
    case 'history':
      return writeHistory(command, { ...command, timeoutMs: TIMEOUTS_MS.history });
    case 'fill':
      return fillPlan(command, command.planId, command.inserts, command.insertBytes);
    case 'join':
      return joinBurst(command, command);
    case 'closeAll':
      return { closed: fanout.close() + closeKept() };
    default:
      return assertNever(command);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown command ${JSON.stringify(value)}`);
}

function send(reply: Reply): void {
  process.send?.(reply);
}

process.on('message', (raw: unknown) => {
  const parsed = CommandSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'number' ? raw.id : -1;
    send({ id, ok: false, error: `bad command: ${parsed.error.message}` });
    return;
  }
  const command = parsed.data;
  handle(command).then(
    (result) => send({ id: command.id, ok: true, result }),
    (error: unknown) => send({ id: command.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

// The orchestrator owns this process: when it goes away, so do we (no orphaned sockets).
process.on('disconnect', () => process.exit(0));
