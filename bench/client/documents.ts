/**
 * Scenarios (c) and (d) on the client side: write a long history or a large plan, and time
 * fresh clients until they hold the complete content.
 */
import * as Y from 'yjs';
import { BENCH_TEXT } from '../config.ts';
import { wallNow, type JoinTiming, type ResultOf } from '../protocol.ts';
import { addTraffic, emptyTraffic } from './traffic.ts';
import { closeClient, openClient, sleep, waitForDoc, whenSynced, type BenchClient, type ClientTarget } from './connect.ts';

const CONNECT_TIMEOUT_MS = 30_000;

/** Clients that must stay connected until the orchestrator says `closeAll`. */
export const keptClients: BenchClient[] = [];

/** A fixed-width token per update, so the final length tells whether every update arrived. */
function token(index: number, width: number): string {
  return index.toString(36).padStart(width - 1, '0').slice(-(width - 1)) + ' ';
}

async function openVerified(target: ClientTarget, planId: string): Promise<BenchClient> {
  const client = openClient(target, planId);
  await whenSynced(client, CONNECT_TIMEOUT_MS);
  return client;
}

interface HistorySpec {
  planId: string;
  updates: number;
  charsPerUpdate: number;
  updatesPerTick: number;
  timeoutMs: number;
}

/**
 * Writes `updates` separate transactions through one client. A second client confirms the
 * server relayed all of them; the server stores before relaying, so after that it holds them.
 */
export async function writeHistory(target: ClientTarget, spec: HistorySpec): Promise<ResultOf<'history'>> {
  const writer = await openVerified(target, spec.planId);
  const verifier = await openVerified(target, spec.planId);
  try {
    const updatesB64: string[] = [];
    writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== writer.provider) updatesB64.push(Buffer.from(update).toString('base64'));
    });
    const text = writer.doc.getText(BENCH_TEXT);
    const started = wallNow();
    for (let index = 0; index < spec.updates; index += 1) {
      text.insert(text.length, token(index, spec.charsPerUpdate));
      // yield now and then so socket writes and the server's acks are processed meanwhile
      if ((index + 1) % spec.updatesPerTick === 0) await sleep(0);
    }
    const writeMs = wallNow() - started;
    const expected = spec.updates * spec.charsPerUpdate;
    const seen = verifier.doc.getText(BENCH_TEXT);
    await waitForDoc(verifier.doc, () => seen.length >= expected, spec.timeoutMs, 'the verifier to receive the history');
    const confirmMs = wallNow() - started;
    const stateB64 = Buffer.from(Y.encodeStateAsUpdate(writer.doc)).toString('base64');
    return { writeMs, confirmMs, textLength: seen.length, stateB64, updatesB64 };
  } finally {
    closeClient(writer);
    closeClient(verifier);
  }
}

/** Fills a plan with `inserts` × `insertBytes` characters; the filler stays connected. */
export async function fillPlan(target: ClientTarget, planId: string, inserts: number, insertBytes: number): Promise<ResultOf<'fill'>> {
  const filler = await openVerified(target, planId);
  keptClients.push(filler);
  const verifier = await openVerified(target, planId);
  try {
    const chunk = 'Planwright bench filler text. '.repeat(Math.ceil(insertBytes / 30)).slice(0, insertBytes);
    const text = filler.doc.getText(BENCH_TEXT);
    const started = wallNow();
    for (let index = 0; index < inserts; index += 1) {
      text.insert(text.length, chunk);
      if ((index + 1) % 50 === 0) await sleep(0);
    }
    const expected = inserts * insertBytes;
    const seen = verifier.doc.getText(BENCH_TEXT);
    await waitForDoc(verifier.doc, () => seen.length >= expected, 60_000, 'the verifier to receive the filled plan');
    const stateBytes = Y.encodeStateAsUpdate(filler.doc).byteLength;
    return { ms: wallNow() - started, textLength: seen.length, stateBytes };
  } finally {
    closeClient(verifier);
  }
}

/**
 * Times one fresh client. Completeness at sync is checked inside the `sync` listener itself:
 * a later check could see content that arrived after the provider already claimed to be synced.
 */
function timeJoin(client: BenchClient, reference: number, expectLength: number, timeoutMs: number): Promise<JoinTiming> {
  const text = client.doc.getText(BENCH_TEXT);
  let atSync: { syncMs: number; completeAtSync: boolean } | null = null;
  let openMs: number | null = null;
  const onStatus = (event: { status: string }): void => {
    if (event.status === 'connected' && openMs === null) openMs = wallNow() - reference;
  };
  const onSync = (synced: boolean): void => {
    if (!synced || atSync !== null) return;
    atSync = { syncMs: wallNow() - reference, completeAtSync: text.length >= expectLength };
  };
  client.provider.on('sync', onSync);
  client.provider.on('status', onStatus);
  return (async () => {
    await whenSynced(client, timeoutMs);
    client.provider.off('sync', onSync);
    client.provider.off('status', onStatus);
    const first = { openMs, ...(atSync ?? { syncMs: wallNow() - reference, completeAtSync: text.length >= expectLength }) };
    if (first.completeAtSync) return { ...first, completeMs: first.syncMs };
    const left = Math.max(1, timeoutMs - first.syncMs);
    const complete = await waitForDoc(client.doc, () => text.length >= expectLength, left, 'complete content')
      .then(() => wallNow() - reference)
      .catch(() => null);
    return { ...first, completeMs: complete };
  })();
}

interface JoinSpec {
  planId: string;
  count: number;
  startAt: number;
  expectTextLength: number;
  timeoutMs: number;
}

/** Opens `count` clients at `startAt` at once; they stay connected until `closeAll`. */
export async function joinBurst(target: ClientTarget, spec: JoinSpec): Promise<ResultOf<'join'>> {
  await sleep(Math.max(0, spec.startAt - wallNow()));
  const cpuBefore = process.cpuUsage();
  const clients = Array.from({ length: spec.count }, () => openClient(target, spec.planId));
  keptClients.push(...clients);
  const settled = await Promise.allSettled(
    clients.map((client) => timeJoin(client, spec.startAt, spec.expectTextLength, spec.timeoutMs)),
  );
  const timings: JoinTiming[] = [];
  const failures: string[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'fulfilled') timings.push(outcome.value);
    else failures.push(outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason));
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPct = (100 * (cpu.user + cpu.system)) / 1000 / Math.max(1, wallNow() - spec.startAt);
  const traffic = clients.reduce((sum, client) => addTraffic(sum, client.traffic), emptyTraffic());
  return { clients: timings, failures, cpuPct, traffic };
}

export function closeKept(): number {
  const closed = keptClients.length;
  for (const client of keptClients.splice(0)) closeClient(client);
  return closed;
}
