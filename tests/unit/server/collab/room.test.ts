import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../../../shared/close-codes.ts';
import { MAX_SEND_QUEUE_BYTES } from '../../../../shared/limits.ts';
import { decodeFrame, encodeAwarenessFrame, encodeAwareness, encodeSyncStep1, encodeUpdate } from '../../../../server/collab/codec.ts';
import type { WriteRule } from '../../../../server/collab/access.ts';
import { RoomRegistry } from '../../../../server/collab/registry.ts';
import { InProcessRelay } from '../../../../server/collab/relay.ts';
import type { SocketLike } from '../../../../server/collab/socket.ts';
import { GroupCommitter } from '../../../../server/storage/group-commit.ts';
import { MemoryClientIds, MemoryLog, quiet } from './fakes.ts';

class FakeSocket implements SocketLike {
  bufferedAmount = 0;
  readonly sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | undefined;
  send(data: Uint8Array): void {
    this.sent.push(data);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
}

const identity = (name: string) => ({ userId: `id-${name}`, name, color: '#1d4ed8' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function setup(seed?: (doc: Y.Doc) => void) {
  const log = new MemoryLog();
  if (seed) {
    const doc = new Y.Doc();
    seed(doc);
    log.compact('plan', Y.encodeStateAsUpdate(doc), 0);
  }
  const committer = new GroupCommitter(log, { maxAttempts: 1 });
  const registry = new RoomRegistry({
    log, clientIds: new MemoryClientIds(), committer, relay: new InProcessRelay(), logger: quiet, instanceId: 'test', compactAfterUpdates: 1000, unloadGraceMs: 5,
  });
  const join = (name: string, canWrite = true) => {
    const socket = new FakeSocket();
    const rule: WriteRule = canWrite ? { kind: 'any' } : { kind: 'none' };
    const connection = registry.join('plan', socket, identity(name), { rule }, quiet)!;
    return { socket, connection };
  };
  return { log, registry, join };
}

function updateFrom(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
}

const kinds = (socket: FakeSocket) => socket.sent.map((f) => decodeFrame(f).kind);

describe('a room', () => {
  it('buffers frames that arrive while the plan loads and answers the first from storage', async () => {
    const { join } = setup((doc) => doc.getText('t').insert(0, 'stored'));
    const { socket, connection } = join('ana');
    connection.receive(encodeSyncStep1(new Uint8Array([0])));
    expect(socket.sent).toEqual([]);
    await settle();
    const first = decodeFrame(socket.sent[0]!);
    expect(first.kind).toBe('sync-step2');
    const doc = new Y.Doc();
    if (first.kind === 'sync-step2') Y.applyUpdate(doc, first.update);
    expect(doc.getText('t').toString()).toBe('stored');
    expect(kinds(socket)[1]).toBe('sync-step1');
  });

  it('stores an update before relaying it, then acknowledges the writer', async () => {
    const { log, join } = setup();
    const a = join('ana');
    const b = join('ben');
    await settle();
    const before = { a: a.socket.sent.length, b: b.socket.sent.length };
    a.connection.receive(updateFrom((d) => d.getText('t').insert(0, 'hi')));
    expect(b.socket.sent.length).toBe(before.b);
    await settle();
    expect(log.rows).toHaveLength(1);
    expect(kinds(b.socket).slice(before.b)).toEqual(['update']);
    expect(kinds(a.socket).slice(before.a)).toEqual(['sync-step1']);
  });

  it('never applies, stores or relays a read-only connection’s update', async () => {
    const { log, join } = setup();
    const viewer = join('vera', false);
    const other = join('ben');
    await settle();
    const before = other.socket.sent.length;
    viewer.connection.receive(updateFrom((d) => d.getText('t').insert(0, 'sneaky')));
    await settle();
    expect(log.rows).toEqual([]);
    expect(other.socket.sent.length).toBe(before);
    expect(viewer.socket.sent.some((f) => f[0] === 2)).toBe(true);
    expect(viewer.socket.closed).toBeUndefined();
  });

  it('refuses an update written under another person’s client id', async () => {
    const { log, join } = setup();
    const ana = join('ana');
    const ben = join('ben');
    await settle();
    const anaDoc = new Y.Doc();
    anaDoc.getText('t').insert(0, 'mine');
    ana.connection.receive(encodeUpdate(Y.encodeStateAsUpdate(anaDoc)));
    await settle();
    expect(log.rows).toHaveLength(1);

    // Ben continues Ana's client id at her next clocks: Yjs would drop her real next edit.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(anaDoc));
    // Set after loading Ana's state: Yjs gives a doc a new id when it sees its own in an update.
    forged.clientID = anaDoc.clientID;
    forged.getMap('comments').set('x', 'forged');
    ben.connection.receive(encodeUpdate(Y.encodeStateAsUpdate(forged, Y.encodeStateVector(anaDoc))));
    await settle();
    expect(log.rows).toHaveLength(1);
    expect(ben.socket.sent.some((f) => f[0] === 2)).toBe(true);

    anaDoc.getText('t').insert(4, ' too');
    ana.connection.receive(encodeUpdate(Y.encodeStateAsUpdate(anaDoc, Y.encodeStateVector(new Y.Doc()))));
    await settle();
    expect(log.rows.length).toBeGreaterThan(1);
  });

  it('drops a reader that stops reading', async () => {
    const { join } = setup();
    const writer = join('ana');
    const stalled = join('sam');
    await settle();
    stalled.socket.bufferedAmount = MAX_SEND_QUEUE_BYTES + 1;
    writer.connection.receive(updateFrom((d) => d.getText('t').insert(0, 'x')));
    await settle();
    expect(stalled.socket.closed?.code).toBe(CloseCodes.slowConsumer.code);
    expect(writer.socket.closed).toBeUndefined();
  });

  it('lets nobody speak for another connection’s presence', async () => {
    const { join } = setup();
    const a = join('ana');
    const b = join('ben');
    await settle();
    const presence = (clientId: number, name: string) =>
      encodeAwarenessFrame(encodeAwareness([{ clientId, clock: 1, state: { user: { name } } }]));
    a.connection.receive(presence(111, 'Ana'));
    b.connection.receive(presence(111, 'Not Ana'));
    b.connection.receive(presence(222, 'Ben'));
    await settle();
    expect([...a.connection.awarenessIds]).toEqual([111]);
    expect([...b.connection.awarenessIds]).toEqual([222]);
  });

  it('closes its connections with "storage unavailable" when storing fails, and reloads fresh for the next joiner', async () => {
    const { log, registry, join } = setup((doc) => doc.getText('t').insert(0, 'safe'));
    const a = join('ana');
    await settle();
    log.failing = true;
    a.connection.receive(updateFrom((d) => d.getText('t').insert(0, 'lost?')));
    await settle();
    expect(a.socket.closed?.code).toBe(CloseCodes.storageFailed.code);
    expect(registry.loadedCount).toBe(0);
    log.failing = false;
    const b = join('ben');
    b.connection.receive(encodeSyncStep1(new Uint8Array([0])));
    await settle();
    const answer = decodeFrame(b.socket.sent[0]!);
    const doc = new Y.Doc();
    if (answer.kind === 'sync-step2') Y.applyUpdate(doc, answer.update);
    expect(doc.getText('t').toString()).toBe('safe');
  });

  it('is unloaded after the grace period once the last socket leaves, its log folded into one snapshot', async () => {
    const { log, registry, join } = setup();
    const a = join('ana');
    await settle();
    a.connection.receive(updateFrom((d) => d.getText('t').insert(0, 'folded')));
    await settle();
    expect(log.load('plan').updates).toHaveLength(1);
    registry.leave(a.connection, 'plan');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(registry.loadedCount).toBe(0);
    const history = log.load('plan');
    expect(history.updates).toEqual([]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, history.snapshot!);
    expect(doc.getText('t').toString()).toBe('folded');
  });
});
