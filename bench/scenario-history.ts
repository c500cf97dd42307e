/**
 * Scenario (c): plans with a long history (many small updates), reopened by a fresh client
 * after a graceful restart, against the floor of decoding the same state in this process.
 */
import * as Y from 'yjs';
import { BENCH_TEXT, HISTORY, TIMEOUTS_MS } from './config.ts';
import { addTraffic, emptyTraffic, perClient } from './client/traffic.ts';
import { wallNow, type JoinTiming, type ResultOf, type Traffic } from './protocol.ts';
import { median } from './stats.ts';
import type { RestartInfo, Target } from './targets.ts';
import type { WorkerPool } from './workers.ts';

export interface HistoryResult {
  plans: number;
  updatesPerPlan: number;
  writeMs: number[];
  /** Until a second client had every update: the server stored and relayed them all. */
  confirmMs: number[];
  stateBytes: number;
  /** null for the reference: it keeps nothing, so its fresh clients join without a restart. */
  restart: RestartInfo | null;
  /** One fresh client per plan, opened one after another, each plan cold after the restart. */
  joins: JoinTiming[];
  joinFailures: string[];
  /** What one fresh client received on average until complete. */
  trafficPerJoin: Traffic;
  /** In-process floor: Y.applyUpdate of the merged state into a fresh Y.Doc (median). */
  floorDecodeMs: number;
  /** For context: replaying every update one by one, as an uncompacted log would (median). */
  replayUpdatesMs: number;
}

function timeMs(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function measureFloor(written: ResultOf<'history'>, expectLength: number): { decodeMs: number[]; replayMs: number } {
  const state = Buffer.from(written.stateB64, 'base64');
  const decodeMs: number[] = [];
  for (let round = 0; round < HISTORY.floorRepeats; round += 1) {
    const doc = new Y.Doc();
    decodeMs.push(timeMs(() => Y.applyUpdate(doc, state)));
    if (doc.getText(BENCH_TEXT).length !== expectLength) throw new Error('floor: the merged state is not the written history');
    doc.destroy();
  }
  const updates = written.updatesB64.map((update) => Buffer.from(update, 'base64'));
  const replay = new Y.Doc();
  const replayMs = timeMs(() => {
    for (const update of updates) Y.applyUpdate(replay, update);
  });
  replay.destroy();
  return { decodeMs, replayMs };
}

async function openFresh(target: Target, pool: WorkerPool, planId: string, expectLength: number): Promise<ResultOf<'join'>> {
  // worker 1 never saw these plans, so nothing is cached on the client side either
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
  return joined;
}

export async function runHistory(target: Target, pool: WorkerPool): Promise<HistoryResult> {
  const planIds = await target.createPlans(HISTORY.plans);
  const expectLength = HISTORY.updates * HISTORY.charsPerUpdate;
  const written: Array<ResultOf<'history'>> = [];
  for (const planId of planIds) {
    written.push(
      await pool.worker(0).call<'history'>({
        type: 'history',
        wsBase: target.wsBase,
        cookie: target.cookie,
        planId,
        updates: HISTORY.updates,
        charsPerUpdate: HISTORY.charsPerUpdate,
        updatesPerTick: HISTORY.updatesPerTick,
      }),
    );
  }
  const floors = written.map((one) => measureFloor(one, expectLength));
  const restart = target.restart === null ? null : await target.restart();
  const joins: JoinTiming[] = [];
  const joinFailures: string[] = [];
  const traffic = emptyTraffic();
  for (const planId of planIds) {
    const joined = await openFresh(target, pool, planId, expectLength);
    joins.push(...joined.clients);
    joinFailures.push(...joined.failures);
    addTraffic(traffic, joined.traffic);
  }
  return {
    plans: planIds.length,
    updatesPerPlan: HISTORY.updates,
    writeMs: written.map((one) => one.writeMs),
    confirmMs: written.map((one) => one.confirmMs),
    stateBytes: Buffer.byteLength(written[0]?.stateB64 ?? '', 'base64'),
    restart,
    joins,
    joinFailures,
    trafficPerJoin: perClient(traffic, planIds.length),
    floorDecodeMs: median(floors.flatMap((floor) => floor.decodeMs)),
    replayUpdatesMs: median(floors.map((floor) => floor.replayMs)),
  };
}
