/**
 * A change the server makes itself (restoring a version) goes through the plan's live room:
 * stored before anyone sees it, relayed to every open socket, and the plan loaded for it
 * when nobody had it open.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeFrame, encodeSyncStep1, encodeUpdate } from '../../../../server/collab/codec.ts';
import { RoomRegistry } from '../../../../server/collab/registry.ts';
import { InProcessRelay } from '../../../../server/collab/relay.ts';
import type { SocketLike } from '../../../../server/collab/socket.ts';
import { GroupCommitter } from '../../../../server/storage/group-commit.ts';
import { MemoryClientIds, MemoryLog, quiet } from './fakes.ts';

/** Records, for every frame it is sent, how many updates storage held at that moment. */
class WatchingSocket implements SocketLike {
  bufferedAmount = 0;
  readonly sent: Array<{ frame: Uint8Array; storedRows: number }> = [];
  constructor(private readonly log: MemoryLog) {}
  send(data: Uint8Array): void {
    this.sent.push({ frame: data, storedRows: this.log.rows.length });
  }
  close(): void {}
}

const settle = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

function setup() {
  const log = new MemoryLog();
  const seed = new Y.Doc();
  seed.getText('t').insert(0, 'stored');
  log.compact('plan', Y.encodeStateAsUpdate(seed), 0);
  const registry = new RoomRegistry({
    log, clientIds: new MemoryClientIds(), committer: new GroupCommitter(log, { maxAttempts: 1 }), relay: new InProcessRelay(),
    logger: quiet, instanceId: 'test', compactAfterUpdates: 1000, unloadGraceMs: 5,
  });
  const join = (name: string) => {
    const socket = new WatchingSocket(log);
    const connection = registry.join('plan', socket, { userId: `id-${name}`, name, color: '#1d4ed8' }, { rule: { kind: 'any' } }, quiet)!;
    return { socket, connection };
  };
  return { log, registry, join };
}

const updatesIn = (socket: WatchingSocket) => socket.sent.filter((s) => decodeFrame(s.frame).kind === 'update');

describe('a change made by the server', () => {
  it('loads a plan nobody has open, stores the change before resolving, then unloads it again', async () => {
    const { log, registry } = setup();
    expect(registry.loadedCount).toBe(0);
    await registry.change('plan', (doc) => doc.getText('t').insert(0, 'restored, '));
    expect(log.rows).toHaveLength(1);
    expect(log.text()).toBe('restored, stored');
    await settle(40);
    expect(registry.loadedCount).toBe(0);
  });

  it('reaches every open socket only after it is stored, in one update', async () => {
    const { log, registry, join } = setup();
    const ana = join('ana');
    const ben = join('ben');
    await settle();
    await registry.change('plan', (doc) => {
      doc.getText('t').delete(0, 'stored'.length);
      doc.getText('t').insert(0, 'replaced');
    });
    for (const socket of [ana.socket, ben.socket]) {
      const updates = updatesIn(socket);
      expect(updates).toHaveLength(1);
      expect(updates[0]!.storedRows).toBe(1);
    }
    expect(log.text()).toBe('replaced');
    expect(registry.loadedCount).toBe(1);
  });

  it('waits for a plan that is still loading when the change arrives', async () => {
    const { log, registry, join } = setup();
    const ana = join('ana');
    ana.connection.receive(encodeSyncStep1(new Uint8Array([0])));
    await registry.change('plan', (doc) => doc.getText('t').insert(6, ' and changed'));
    expect(log.text()).toBe('stored and changed');
    expect(updatesIn(ana.socket)).toHaveLength(1);
  });

  it('rejects when the change cannot be stored, and nobody is sent it', async () => {
    const { log, registry, join } = setup();
    const ana = join('ana');
    await settle();
    log.failing = true;
    await expect(registry.change('plan', (doc) => doc.getText('t').insert(0, 'lost? '))).rejects.toThrow(/could not store/);
    expect(updatesIn(ana.socket)).toEqual([]);
    log.failing = false;
    expect(log.text()).toBe('stored');
  });

  it('resolves settled() only once every update the room applied is stored', async () => {
    const { log, registry, join } = setup();
    const ana = join('ana');
    await settle();
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'typed');
    ana.connection.receive(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    expect(log.rows).toHaveLength(0);
    await registry.settled('plan');
    expect(log.rows).toHaveLength(1);
  });
});
