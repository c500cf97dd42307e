import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../shared/close-codes.ts';
import { MAX_AWARENESS_BYTES, MAX_FRAME_BYTES } from '../../shared/limits.ts';
import { connectClient, createPlan, waitFor, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { awarenessFrame, openRaw, readStateVector, readSyncFrame, syncFrame, type RawSocket } from '../helpers/raw-socket.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

async function raw(planId: string): Promise<RawSocket> {
  const socket = await openRaw(server.url, planId, { cookie: owner.cookie });
  onTestFinished(() => socket.ws.terminate());
  return socket;
}

function client(planId: string): Client {
  const c = connectClient(server.url, planId, owner.cookie);
  onTestFinished(() => c.destroy());
  return c;
}

/** A frame that no y-websocket peer would send, and the close code it must earn. */
const HOSTILE_FRAMES: Array<{ name: string; frame: () => Uint8Array | string; code: number; orAbnormal?: boolean }> = [
  { name: 'an unknown message type', frame: () => new Uint8Array([9, 0, 0]), code: CloseCodes.malformedMessage.code },
  { name: 'a truncated sync frame', frame: () => new Uint8Array([0, 2, 200]), code: CloseCodes.malformedMessage.code },
  { name: 'an unknown sync step', frame: () => syncFrame(0, new Uint8Array()).map((b, i) => (i === 1 ? 7 : b)), code: CloseCodes.malformedMessage.code },
  { name: 'an update of random bytes', frame: () => syncFrame(2, new Uint8Array([5, 250, 251, 1, 2, 3, 4, 99, 0, 7])), code: CloseCodes.malformedMessage.code },
  { name: 'a text frame', frame: () => 'hello', code: CloseCodes.malformedMessage.code },
  { name: 'awareness that is not JSON', frame: () => new Uint8Array([1, 5, 1, 7, 1, 2, 123, 0]), code: CloseCodes.malformedMessage.code },
  {
    name: 'awareness over the size limit',
    frame: () => awarenessFrame([{ clientId: 1, clock: 1, state: { big: 'x'.repeat(MAX_AWARENESS_BYTES) } }]),
    code: CloseCodes.awarenessTooLarge.code,
  },
  // The server answers 1009 and drops the socket at once; a sender still writing the rest of
  // its 16 MiB may see the connection torn down (1006) before it reads that close frame.
  { name: 'a frame over the size limit', frame: () => new Uint8Array(MAX_FRAME_BYTES + 1), code: 1009, orAbnormal: true },
];

describe('hostile frames', () => {
  it.each(HOSTILE_FRAMES)('$name closes only that socket and leaves the plan intact', async ({ frame, code, orAbnormal }) => {
    const plan = await createPlan(server.url, owner);
    const good = client(plan.id);
    await waitSynced(good);
    good.doc.getText('t').insert(0, 'before');

    const bad = await raw(plan.id);
    bad.send(frame());
    expect(orAbnormal ? [code, 1006] : [code]).toContain((await bad.closed).code);

    good.doc.getText('t').insert(6, ' and after');
    const late = client(plan.id);
    await waitSynced(late);
    await waitFor(() => late.doc.getText('t').toString() === 'before and after', 5000, 'the good client’s edits');
    expect(good.provider.wsconnected).toBe(true);
  });
});

describe('the protocol as the server speaks it', () => {
  it('answers a sync step 1 with the whole plan and its own state vector', async () => {
    const plan = await createPlan(server.url, owner);
    const socket = await raw(plan.id);
    socket.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
    const step2 = readSyncFrame(await socket.next((f) => readSyncFrame(f)?.step === 1))!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, step2.payload);
    expect(doc.getArray('sections').length).toBeGreaterThan(5);
  });

  it('acknowledges stored updates to their writer with a state vector that includes them', async () => {
    const plan = await createPlan(server.url, owner);
    const socket = await raw(plan.id);
    socket.send(syncFrame(0, new Uint8Array([0])));
    await socket.next((f) => readSyncFrame(f)?.step === 1);

    const local = new Y.Doc();
    local.getText('t').insert(0, 'twelve chars');
    socket.send(syncFrame(2, Y.encodeStateAsUpdate(local)));
    const acked = await socket.next((f) => {
      const sync = readSyncFrame(f);
      return sync?.step === 0 && readStateVector(sync.payload).get(local.clientID) === 12;
    });
    expect(acked).toBeDefined();
  });

  it('never relays an update it could not read', async () => {
    const plan = await createPlan(server.url, owner);
    const watcher = await raw(plan.id);
    watcher.send(syncFrame(0, new Uint8Array([0])));
    await watcher.next((f) => readSyncFrame(f)?.step === 1);
    const before = watcher.received.length;

    const bad = await raw(plan.id);
    bad.send(syncFrame(2, new Uint8Array([1, 1, 9, 9, 9])));
    await bad.closed;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const updates = watcher.received.slice(before).filter((f) => readSyncFrame(f)?.step === 2);
    expect(updates).toEqual([]);
  });
});
