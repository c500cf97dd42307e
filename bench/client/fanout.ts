/**
 * Fan-out load in one client process: writers put small timestamped entries into a Y.Map and
 * every other client of the plan records how long each entry took to reach it. Timestamps are
 * wall-clock, so a writer in one process and an observer in another measure the same thing.
 * Writers may sign in as another person (a commenter) and write into another map.
 */
import type * as Y from 'yjs';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { TIMEOUTS_MS } from '../config.ts';
import { wallNow, type ResultOf } from '../protocol.ts';
import { openClient, whenSynced, sleep, type BenchClient, type ClientTarget } from './connect.ts';
import { addTraffic, emptyTraffic } from './traffic.ts';

interface FanoutClient extends BenchClient {
  planId: string;
  /** Set for writers: the prefix of the keys it writes, unique across processes. */
  writerKey: string | null;
  map: Y.Map<number>;
  sent: number;
  received: number;
}

/** Sampling period of the event-loop delay monitor; the histogram includes it, so it is subtracted. */
const LOOP_RESOLUTION_MS = 5;

export interface FanoutTarget extends ClientTarget {
  /** Writers sign in with this cookie when set; observers always with `cookie`. */
  writerCookie: string | null;
  mapName: string;
}

interface Window {
  measureFrom: number;
  measureTo: number;
}

export class FanoutLoad {
  private clients: FanoutClient[] = [];
  private latencies: number[] = [];
  /** Second of the timed window each latency belongs to (by send time), to spot stalls. */
  private seconds: number[] = [];
  private window: Window = { measureFrom: Infinity, measureTo: Infinity };
  private loopDelay: IntervalHistogram | null = null;

  constructor(private readonly processTag: string) {}

  async connect(target: FanoutTarget, specs: Array<{ planId: string; writer: boolean }>): Promise<ResultOf<'connect'>> {
    const started = wallNow();
    const fresh = specs.map((spec, index) => {
      const writerKey = spec.writer ? `${this.processTag}.${index}` : null;
      const cookie = spec.writer && target.writerCookie !== null ? target.writerCookie : target.cookie;
      return this.attach({ wsBase: target.wsBase, cookie }, target.mapName, spec.planId, writerKey);
    });
    this.clients.push(...fresh);
    await Promise.all(fresh.map((client) => whenSynced(client, TIMEOUTS_MS.connectAll)));
    return { connected: fresh.length, ms: wallNow() - started };
  }

  private attach(target: ClientTarget, mapName: string, planId: string, writerKey: string | null): FanoutClient {
    const base = openClient(target, planId);
    const map = base.doc.getMap<number>(mapName);
    const client: FanoutClient = { ...base, planId, writerKey, map, sent: 0, received: 0 };
    map.observe((event, transaction) => {
      if (transaction.local) return;
      const now = wallNow();
      for (const key of event.keysChanged) {
        const sentAt: unknown = map.get(key);
        if (typeof sentAt !== 'number') continue;
        client.received += 1;
        if (sentAt < this.window.measureFrom || sentAt >= this.window.measureTo) continue;
        this.latencies.push(now - sentAt);
        this.seconds.push(Math.floor((sentAt - this.window.measureFrom) / 1000));
      }
    });
    return client;
  }

  /** Runs every local writer from `startAt` for warm-up + measure; resolves when they stop. */
  async load(startAt: number, warmupMs: number, measureMs: number, opsPerSec: number): Promise<ResultOf<'load'>> {
    this.window = { measureFrom: startAt + warmupMs, measureTo: startAt + warmupMs + measureMs };
    this.loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    this.loopDelay.enable();
    const writers = this.clients.filter((client) => client.writerKey !== null);
    const cpuBefore = process.cpuUsage();
    await sleep(Math.max(0, startAt - wallNow()));
    const cpuStart = process.cpuUsage(cpuBefore);
    const measuredSent = await runWriters(writers, this.window, 1000 / opsPerSec);
    const cpu = process.cpuUsage(cpuBefore);
    const busyMs = (cpu.user + cpu.system - cpuStart.user - cpuStart.system) / 1000;
    const sentByPlan: Record<string, number> = {};
    for (const writer of writers) sentByPlan[writer.planId] = (sentByPlan[writer.planId] ?? 0) + writer.sent;
    return { sentByPlan, measuredSent, cpuPct: (100 * busyMs) / (warmupMs + measureMs) };
  }

  /** Waits until each client saw every op of its plan's other writers, then hands over samples. */
  async collect(sentByPlan: Record<string, number>, drainTimeoutMs: number): Promise<ResultOf<'collect'>> {
    const expectedOf = (client: FanoutClient): number => (sentByPlan[client.planId] ?? 0) - client.sent;
    const deadline = wallNow() + drainTimeoutMs;
    while (wallNow() < deadline && this.clients.some((client) => client.received < expectedOf(client))) {
      await sleep(50);
    }
    const expected = this.clients.reduce((sum, client) => sum + expectedOf(client), 0);
    const received = this.clients.reduce((sum, client) => sum + Math.min(client.received, expectedOf(client)), 0);
    const eventLoopP99Ms = this.loopDelay === null ? 0 : Math.max(0, this.loopDelay.percentile(99) / 1e6 - LOOP_RESOLUTION_MS);
    this.loopDelay?.disable();
    const traffic = this.clients.reduce((sum, client) => addTraffic(sum, client.traffic), emptyTraffic());
    const result = { latenciesMs: this.latencies, secondOfWindow: this.seconds, expected, received, eventLoopP99Ms, traffic };
    this.latencies = [];
    this.seconds = [];
    return result;
  }

  close(): number {
    for (const client of this.clients) {
      client.provider.destroy();
      client.doc.destroy();
    }
    const closed = this.clients.length;
    this.clients = [];
    return closed;
  }
}

/**
 * Each writer sends one op per period from its own phase offset, so writers do not fire in
 * lock-step. A writer that falls behind sends at most one op per pass: the achieved rate is
 * reported instead of hidden behind bursts. Returns how many ops fell in the measured window.
 */
async function runWriters(writers: FanoutClient[], window: Window, periodMs: number): Promise<number> {
  const start = wallNow();
  const due = writers.map((_, index) => start + (periodMs * index) / Math.max(1, writers.length));
  let measured = 0;
  while (writers.length > 0) {
    const now = wallNow();
    if (now >= window.measureTo) break;
    writers.forEach((writer, index) => {
      const at = due[index] ?? Infinity;
      if (at > now) return;
      const sentAt = wallNow();
      writer.map.set(`${writer.writerKey ?? ''}:${writer.sent}`, sentAt);
      writer.sent += 1;
      if (sentAt >= window.measureFrom) measured += 1;
      due[index] = Math.max(at + periodMs, now - periodMs);
    });
    const next = Math.min(...due, window.measureTo);
    await sleep(Math.max(0, next - wallNow()));
  }
  return measured;
}
