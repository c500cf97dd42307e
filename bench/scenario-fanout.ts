/**
 * Scenarios (a) and (b): writers at a fixed rate, every other client of the plan observing.
 * Clients are dealt round-robin over the client processes, so a plan's writer and its
 * observers usually sit in different processes and latency includes no shared event loop.
 *
 * Writers are the plan's owner, writing into the bench's own map, or — the restricted
 * variant — a second person the plan is shared with as commenter, writing into 'comments'
 * (the only part a commenter may change), so the server inspects every update they send.
 */
import { BENCH_MAP, COMMENTS_MAP, DRAIN_TIMEOUT_MS, MEASURE_MS, WARMUP_MS } from './config.ts';
import { meterCpu } from './cpu.ts';
import { readMemory } from './procfs.ts';
import { addTraffic, emptyTraffic } from './client/traffic.ts';
import { wallNow, type ResultOf, type Traffic } from './protocol.ts';
import { summarize, type Summary } from './stats.ts';
import type { Target } from './targets.ts';
import type { WorkerPool } from './workers.ts';

export interface FanoutShape {
  plans: number;
  clientsPerPlan: number;
  writersPerPlan: number;
  opsPerSecPerWriter: number;
  writers: 'owner' | 'commenters';
  /** Warm-up and timed window; WARMUP_MS and MEASURE_MS unless a scenario needs shorter runs. */
  window?: { warmupMs: number; measureMs: number };
}

export interface FanoutResult {
  shape: FanoutShape;
  connectMs: number;
  latencyMs: Summary | null;
  /** The same, per second of the timed window: a stall shows as one bad second, not a fat tail. */
  perSecond: Array<{ second: number; p99: number; max: number; n: number }>;
  /** Op deliveries expected (ops × other clients of the plan) and those that arrived. */
  deliveriesExpected: number;
  deliveriesReceived: number;
  /** Ops per second all writers together achieved in the timed window. */
  achievedOpsPerSec: number;
  serverCpuPct: number | null;
  /** Other processes on the machine during the load, % of one core: high means noisy figures. */
  backgroundCpuPct: number | null;
  clientCpuPct: number[];
  clientEventLoopP99Ms: number[];
  /** Server RSS at the end of the load, every client still connected. */
  rssWithClientsMiB: number | null;
  /** What all clients received, connect to drain, by message kind. */
  traffic: Traffic;
}

type ClientSpec = { planId: string; writer: boolean };

function dealClients(planIds: string[], shape: FanoutShape, processes: number): ClientSpec[][] {
  const dealt: ClientSpec[][] = Array.from({ length: processes }, () => []);
  let next = 0;
  for (const planId of planIds) {
    for (let index = 0; index < shape.clientsPerPlan; index += 1) {
      dealt[next % processes]?.push({ planId, writer: index < shape.writersPerPlan });
      next += 1;
    }
  }
  return dealt;
}

function bySecond(parts: Array<ResultOf<'collect'>>): FanoutResult['perSecond'] {
  const buckets = new Map<number, number[]>();
  for (const part of parts) {
    part.latenciesMs.forEach((latency, index) => {
      const second = part.secondOfWindow[index] ?? -1;
      const bucket = buckets.get(second) ?? [];
      bucket.push(latency);
      buckets.set(second, bucket);
    });
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([second, values]) => {
      const summary = summarize(values);
      return { second, p99: summary?.p99 ?? NaN, max: summary?.max ?? NaN, n: values.length };
    });
}

async function commenterCookie(target: Target, planIds: string[]): Promise<string> {
  if (target.shareWithCommenter === null) throw new Error(`${target.name} has no roles: it cannot run commenter writers`);
  return target.shareWithCommenter(planIds);
}

export async function runFanout(target: Target, pool: WorkerPool, shape: FanoutShape): Promise<FanoutResult> {
  return (await runFanoutSampled(target, pool, shape)).result;
}

/** The same, with every latency sample of the timed window, to pool several runs. */
export async function runFanoutSampled(target: Target, pool: WorkerPool, shape: FanoutShape): Promise<{ result: FanoutResult; samplesMs: number[] }> {
  const planIds = await target.createPlans(shape.plans);
  const writerCookie = shape.writers === 'commenters' ? await commenterCookie(target, planIds) : null;
  const { warmupMs, measureMs } = shape.window ?? { warmupMs: WARMUP_MS, measureMs: MEASURE_MS };
  const mapName = shape.writers === 'commenters' ? COMMENTS_MAP : BENCH_MAP;
  const dealt = dealClients(planIds, shape, pool.size);
  const connectStart = wallNow();
  await pool.all<'connect'>((index) => ({ type: 'connect', wsBase: target.wsBase, cookie: target.cookie, writerCookie, mapName, clients: dealt[index] ?? [] }));
  const connectMs = wallNow() - connectStart;
  try {
    // a little slack so every process has the command before the shared start time
    const startAt = wallNow() + 300;
    const cpu = meterCpu(target.server.pid, [process.pid, ...pool.pids]);
    const loads = await pool.all<'load'>(() => ({
      type: 'load',
      startAt,
      warmupMs,
      measureMs,
      opsPerSec: shape.opsPerSecPerWriter,
    }));
    const { serverPct: serverCpuPct, backgroundPct: backgroundCpuPct } = cpu();
    const sentByPlan: Record<string, number> = {};
    for (const load of loads) {
      for (const [planId, sent] of Object.entries(load.sentByPlan)) sentByPlan[planId] = (sentByPlan[planId] ?? 0) + sent;
    }
    const collected = await pool.all<'collect'>(() => ({ type: 'collect', sentByPlan, drainTimeoutMs: DRAIN_TIMEOUT_MS }));
    const samplesMs = collected.flatMap((part) => part.latenciesMs);
    const result: FanoutResult = {
      shape,
      connectMs,
      latencyMs: summarize(samplesMs),
      perSecond: bySecond(collected),
      deliveriesExpected: collected.reduce((sum, part) => sum + part.expected, 0),
      deliveriesReceived: collected.reduce((sum, part) => sum + part.received, 0),
      achievedOpsPerSec: (loads.reduce((sum, load) => sum + load.measuredSent, 0) * 1000) / measureMs,
      serverCpuPct,
      backgroundCpuPct,
      clientCpuPct: loads.map((load) => load.cpuPct),
      clientEventLoopP99Ms: collected.map((part) => part.eventLoopP99Ms),
      rssWithClientsMiB: readMemory(target.server.pid)?.rssMiB ?? null,
      traffic: collected.reduce((sum, part) => addTraffic(sum, part.traffic), emptyTraffic()),
    };
    return { result, samplesMs };
  } finally {
    await pool.all<'closeAll'>(() => ({ type: 'closeAll' }));
  }
}
