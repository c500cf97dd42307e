/**
 * Scenario (d): many people open one large plan at the same moment (a board meeting, a
 * workshop). The plan is loaded (its filler stays connected), so this measures serving the
 * state to a crowd, not reading it from storage; (c) covers the cold open.
 */
import { BIG_JOIN, TIMEOUTS_MS } from './config.ts';
import { meterCpu } from './cpu.ts';
import { readMemory } from './procfs.ts';
import { addTraffic, emptyTraffic, perClient } from './client/traffic.ts';
import { wallNow, type JoinTiming, type Traffic } from './protocol.ts';
import { summarize, type Summary } from './stats.ts';
import type { Target } from './targets.ts';
import type { WorkerPool } from './workers.ts';

export interface JoinResult {
  rounds: number;
  joinersPerRound: number;
  planBytes: number;
  fillMs: number[];
  /** Per-client figures, pooled over all rounds. */
  openMs: Summary | null;
  syncMs: Summary | null;
  completeMs: Summary | null;
  /** Per round: from the burst start until the last joiner had the complete plan (null: some never did). */
  totalMs: Array<number | null>;
  incompleteAtSync: number;
  failures: string[];
  serverCpuPct: Array<number | null>;
  /** Other processes on the machine during each burst, % of one core. */
  backgroundCpuPct: Array<number | null>;
  /** Per client process, averaged over the rounds. */
  clientCpuPct: number[];
  rssWithClientsMiB: number | null;
  /** What one joiner received on average until the last joiner was complete. */
  trafficPerJoiner: Traffic;
}

interface Round {
  fillMs: number;
  planBytes: number;
  timings: JoinTiming[];
  failures: string[];
  serverCpuPct: number | null;
  backgroundCpuPct: number | null;
  clientCpuPct: number[];
  rssMiB: number | null;
  traffic: Traffic;
}

async function burst(target: Target, pool: WorkerPool): Promise<Round> {
  const [planId = ''] = await target.createPlans(1);
  const common = { wsBase: target.wsBase, cookie: target.cookie, planId };
  try {
    const fill = await pool.worker(0).call<'fill'>({ type: 'fill', ...common, inserts: BIG_JOIN.fillInserts, insertBytes: BIG_JOIN.fillInsertBytes });
    const startAt = wallNow() + 300;
    const cpu = meterCpu(target.server.pid, [process.pid, ...pool.pids]);
    const countFor = (index: number): number => Math.floor(BIG_JOIN.joiners / pool.size) + (index < BIG_JOIN.joiners % pool.size ? 1 : 0);
    const parts = await pool.all<'join'>((index) => ({
      type: 'join',
      ...common,
      count: countFor(index),
      startAt,
      expectTextLength: fill.textLength,
      timeoutMs: TIMEOUTS_MS.join,
    }));
    const cpuShare = cpu();
    return {
      fillMs: fill.ms,
      planBytes: fill.stateBytes,
      timings: parts.flatMap((part) => part.clients),
      failures: parts.flatMap((part) => part.failures),
      serverCpuPct: cpuShare.serverPct,
      backgroundCpuPct: cpuShare.backgroundPct,
      clientCpuPct: parts.map((part) => part.cpuPct),
      rssMiB: readMemory(target.server.pid)?.rssMiB ?? null,
      traffic: parts.reduce((sum, part) => addTraffic(sum, part.traffic), emptyTraffic()),
    };
  } finally {
    await pool.all<'closeAll'>(() => ({ type: 'closeAll' }));
  }
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

function totalOf(round: Round): number | null {
  const completes = round.timings.map((timing) => timing.completeMs);
  if (completes.length < BIG_JOIN.joiners || completes.some((ms) => ms === null)) return null;
  return Math.max(...completes.filter((ms): ms is number => ms !== null));
}

export async function runBigJoin(target: Target, pool: WorkerPool): Promise<JoinResult> {
  const rounds: Round[] = [];
  for (let index = 0; index < BIG_JOIN.rounds; index += 1) rounds.push(await burst(target, pool));
  const timings = rounds.flatMap((round) => round.timings);
  const present = (values: Array<number | null>): number[] => values.filter((value): value is number => value !== null);
  return {
    rounds: rounds.length,
    joinersPerRound: BIG_JOIN.joiners,
    planBytes: rounds[0]?.planBytes ?? 0,
    fillMs: rounds.map((round) => round.fillMs),
    openMs: summarize(present(timings.map((timing) => timing.openMs))),
    syncMs: summarize(timings.map((timing) => timing.syncMs)),
    completeMs: summarize(present(timings.map((timing) => timing.completeMs))),
    totalMs: rounds.map(totalOf),
    incompleteAtSync: timings.filter((timing) => !timing.completeAtSync).length,
    failures: rounds.flatMap((round) => round.failures),
    serverCpuPct: rounds.map((round) => round.serverCpuPct),
    backgroundCpuPct: rounds.map((round) => round.backgroundCpuPct),
    clientCpuPct: pool.workers.map((_, worker) => mean(present(rounds.map((round) => round.clientCpuPct[worker] ?? null)))),
    trafficPerJoiner: perClient(rounds.reduce((sum, round) => addTraffic(sum, round.traffic), emptyTraffic()), timings.length),
    rssWithClientsMiB: present(rounds.map((round) => round.rssMiB)).reduce<number | null>((max, value) => Math.max(max ?? value, value), null),
  };
}
