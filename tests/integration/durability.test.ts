import { describe, expect, it, onTestFinished } from 'vitest';
import { CloseCodes } from '../../shared/close-codes.ts';
import { connectClient, createPlan, signUp, waitFor, waitSynced, type Client } from '../helpers/clients.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

async function serverFor(dataDir?: string, env?: Record<string, string>): Promise<RunningServer> {
  const s = await startServer({ ...(dataDir ? { dataDir } : {}), ...(env ? { env } : {}) });
  onTestFinished(async () => {
    await s.kill();
  });
  return s;
}

function client(url: string, planId: string, cookie: string): Client {
  const c = connectClient(url, planId, cookie);
  onTestFinished(() => c.destroy());
  return c;
}

describe('durability', () => {
  it('a plan’s content and its writer’s session survive a restart', async () => {
    const first = await serverFor();
    onTestFinished(() => first.cleanup());
    const owner = await signUp(first.url);
    const plan = await createPlan(first.url, owner);
    const a = client(first.url, plan.id, owner.cookie);
    await waitSynced(a);
    a.doc.getText('notes').insert(0, 'Board review in January');
    for (let i = 0; i < 30; i += 1) a.doc.getArray<number>('log').push([i]);
    const b = client(first.url, plan.id, owner.cookie);
    await waitFor(() => b.doc.getArray('log').length === 30, 5000, 'relay');
    a.provider.destroy();
    b.provider.destroy();
    expect(await first.stop()).toBe(0);

    const second = await serverFor(first.dataDir);
    const me = await fetch(`${second.url}/api/me`, { headers: { cookie: owner.cookie } });
    expect(me.status, 'the session outlives the restart').toBe(200);
    const c = client(second.url, plan.id, owner.cookie);
    await waitSynced(c);
    expect(c.doc.getText('notes').toString()).toBe('Board review in January');
    expect(c.doc.getArray('log').toArray()).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('after kill -9 during continuous writes, every update another client received is there', async () => {
    // Snapshots happen during the writes too (small threshold), and every commit is held
    // 15 ms, so a server that relayed before storing would be caught with relayed-but-lost
    // updates when it is killed.
    const first = await serverFor(undefined, { COMPACT_AFTER_UPDATES: '50', COMMIT_HOLD_MS: '15' });
    onTestFinished(() => first.cleanup());
    const owner = await signUp(first.url);
    const plan = await createPlan(first.url, owner);
    const writer = client(first.url, plan.id, owner.cookie);
    const observer = client(first.url, plan.id, owner.cookie);
    await Promise.all([waitSynced(writer), waitSynced(observer)]);

    let next = 0;
    const writing = setInterval(() => {
      for (let i = 0; i < 5; i += 1) writer.doc.getArray<number>('n').push([next++]);
    }, 2);
    onTestFinished(() => clearInterval(writing));
    await waitFor(() => observer.doc.getArray('n').length > 500, 20_000, 'writes to flow');
    await first.kill();
    clearInterval(writing);
    const seen = observer.doc.getArray<number>('n').toArray();
    writer.provider.destroy();
    observer.provider.destroy();
    expect(seen.length).toBeGreaterThan(500);

    const second = await serverFor(first.dataDir);
    const fresh = client(second.url, plan.id, owner.cookie);
    await waitSynced(fresh);
    const stored = new Set(fresh.doc.getArray<number>('n').toArray());
    const missing = seen.filter((value) => !stored.has(value));
    expect(missing).toEqual([]);
  });

  it('SIGTERM stores what is pending, closes sockets with 1001 and exits 0', { timeout: 30_000 }, async () => {
    const s = await serverFor();
    onTestFinished(() => s.cleanup());
    const owner = await signUp(s.url);
    const plan = await createPlan(s.url, owner);
    const a = client(s.url, plan.id, owner.cookie);
    await waitSynced(a);
    a.doc.getText('t').insert(0, 'last words');
    await waitFor(() => a.provider.wsconnected, 2000, 'connected');
    const code = await s.stop();
    expect(code).toBe(0);
    await waitFor(() => a.closeEvents.length > 0, 2000, 'close event');
    expect(a.closeEvents[0]?.code).toBe(CloseCodes.goingAway.code);
    a.provider.destroy();

    const again = await serverFor(s.dataDir);
    const b = client(again.url, plan.id, owner.cookie);
    await waitSynced(b);
    expect(b.doc.getText('t').toString()).toBe('last words');
  });
});
