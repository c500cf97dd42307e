/**
 * Scenarios (c) and (d): opening a plan with a long history after a restart, and many people
 * opening one large plan at once. Both time fresh clients until the content is complete.
 */
import * as Y from 'yjs';
import { BENCH_TEXT, BIG_JOIN, HISTORY, TIMEOUTS_MS } from './config.ts';
import { readCpuSeconds } from './procfs.ts';
import { wallNow, type JoinTiming } from './protocol.ts';
import { median, summarize, type Summary } from './stats.ts';
import type { RestartInfo, Target } from './targets.ts';
import type { WorkerPool } from './workers.ts';

export interface HistoryResult {
  updates: number;
  writeMs: number;
  /** Until a second client had every update: the server stored and relayed them all. */
  confirmMs: number;
  stateBytes: number;
  /** null for the reference: it keeps nothing, so the fresh client joins without a restart. */
  restart: RestartInfo | null;
  join: JoinTiming | null;
  joinFailure: string | null;
  /** In-process floor: Y.applyUpdate of the merged state into a fresh Y.Doc (median). */
  floorDecodeMs: number;
  /** For context: replaying every update one by one, as an uncompacted log would. */
  replayUpdatesMs: number;
}

export interface JoinResult {
  joiners: number;
  planBytes: number;
  fillMs: number;
  syncMs: Summary | null;
  completeMs: Summary | null;
  /** From the burst start until the last joiner had the complete plan. */
  totalMs: number | null;
  incompleteAtSync: number;
  failures: string[];
  serverCpuPct: number | null;
}

function timeMs(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function measureFloor(stateB64: string, updatesB64: string[], expectLength: number): { floorDecodeMs: number; replayUpdatesMs: number } {
  const state = Buffer.from(stateB64, 'base64');
  const updates = updatesB64.map((update) => Buffer.from(update, 'base64'));
  const decodes: number[] = [];
  for (let round = 0; round < HISTORY.floorRepeats; round += 1) {
    const doc = new Y.Doc();
    decodes.push(timeMs(() => Y.applyUpdate(doc, state)));
    if (doc.getText(BENCH_TEXT).length !== expectLength) throw new Error('floor: the merged state is not the written history');
    doc.destroy();
  }
  const replay = new Y.Doc();
  const replayUpdatesMs = timeMs(() => {
    for (const update of updates) Y.applyUpdate(replay, update);
  });
  replay.destroy();
  return { floorDecodeMs: median(decodes), replayUpdatesMs };
}

export async function runHistory(target: Target, pool: WorkerPool): Promise<HistoryResult> {
  const [planId = ''] = await target.createPlans(1);
  const expectLength = HISTORY.updates * HISTORY.charsPerUpdate;
  const written = await pool.worker(0).call<'history'>({
    type: 'history',
    wsBase: target.wsBase,
    cookie: target.cookie,
    planId,
    updates: HISTORY.updates,
    charsPerUpdate: HISTORY.charsPerUpdate,
    updatesPerTick: HISTORY.updatesPerTick,
  });
  const floor = measureFloor(written.stateB64, written.updatesB64, expectLength);
  const restart = target.restart === null ? null : await target.restart();
  const joined = await pool.worker(1).call<'join'>({
    type: 'join',
    wsBase: target.wsBase,
    cookie: target.cookie,
    planId,
    count: 1,
    startAt: wallNow() + 100,
    expectTextLength: expectLength,
    timeoutMs: TIMEOUTS_MS.join,
  });
  await pool.all<'closeAll'>(() => ({ type: 'closeAll' }));
  return {
    updates: HISTORY.updates,
    writeMs: written.writeMs,
    confirmMs: written.confirmMs,
    stateBytes: Buffer.byteLength(written.stateB64, 'base64'),
    restart,
    join: joined.clients[0] ?? null,
    joinFailure: joined.failures[0] ?? null,
    ...floor,
  };
}

export async function runBigJoin(target: Target, pool: WorkerPool): Promise<JoinResult> {
  const [planId = ''] = await target.createPlans(1);
  const common = { wsBase: target.wsBase, cookie: target.cookie, planId };
  try {
    const fill = await pool.worker(0).call<'fill'>({ type: 'fill', ...common, inserts: BIG_JOIN.fillInserts, insertBytes: BIG_JOIN.fillInsertBytes });
    const startAt = wallNow() + 300;
    const cpuStart = readCpuSeconds(target.server.pid);
    const share = (index: number): number => Math.floor(BIG_JOIN.joiners / pool.size) + (index < BIG_JOIN.joiners % pool.size ? 1 : 0);
    const parts = await pool.all<'join'>((index) => ({
      type: 'join',
      ...common,
      count: share(index),
      startAt,
      expectTextLength: fill.textLength,
      timeoutMs: TIMEOUTS_MS.join,
    }));
    const cpuEnd = readCpuSeconds(target.server.pid);
    const timings = parts.flatMap((part) => part.clients);
    const completes = timings.map((timing) => timing.completeMs).filter((ms): ms is number => ms !== null);
    const failures = parts.flatMap((part) => part.failures);
    const allComplete = completes.length === BIG_JOIN.joiners;
    return {
      joiners: BIG_JOIN.joiners,
      planBytes: fill.stateBytes,
      fillMs: fill.ms,
      syncMs: summarize(timings.map((timing) => timing.syncMs)),
      completeMs: summarize(completes),
      totalMs: allComplete ? Math.max(...completes) : null,
      incompleteAtSync: timings.filter((timing) => !timing.completeAtSync).length,
      failures,
      serverCpuPct: cpuStart === null || cpuEnd === null ? null : (100 * (cpuEnd - cpuStart) * 1000) / (wallNow() - startAt),
    };
  } finally {
    await pool.all<'closeAll'>(() => ({ type: 'closeAll' }));
  }
}
