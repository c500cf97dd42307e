import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CloseCodes } from '../../shared/close-codes.ts';
import { getSectionBody, readSections } from '../../shared/plan-doc.ts';
import { connectClient, createPlan, signUp, waitFor, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

/** `cookie: null` connects anonymously. */
function client(planId: string, cookie: string | null = owner.cookie, url = server.url): Client {
  const c = connectClient(url, planId, cookie ?? undefined);
  onTestFinished(() => c.destroy());
  return c;
}

function typeInto(doc: Y.Doc, sectionId: string, text: string): void {
  const body = getSectionBody(doc, sectionId);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  body.push([paragraph]);
}

function waitClosed(c: Client, ms = 5000): Promise<{ code: number; reason: string }> {
  return waitFor(() => c.closeEvents.length > 0, ms, 'close').then(() => c.closeEvents[0]!);
}

describe('co-editing a plan', () => {
  it('opens with the template content seeded by the server', async () => {
    const plan = await createPlan(server.url, owner);
    const a = client(plan.id);
    await waitSynced(a);
    const sections = readSections(a.doc);
    expect(sections.map((s) => s.id)).toContain('vision');
    expect(sections.find((s) => s.id === 'equitable-access')?.conditions).toEqual(['iste-ec-14@1:equitable-access']);
  });

  it('two clients editing one section converge', async () => {
    const plan = await createPlan(server.url, owner);
    const a = client(plan.id);
    const b = client(plan.id);
    await Promise.all([waitSynced(a), waitSynced(b)]);
    typeInto(a.doc, 'vision', 'Every student designs, not only consumes.');
    typeInto(b.doc, 'vision', 'Teachers are equipped before students.');
    const text = (c: Client): string => getSectionBody(c.doc, 'vision').toString();
    await waitFor(() => text(a) === text(b) && text(a).includes('designs') && text(a).includes('equipped'), 5000, 'convergence');
  });

  it('a late joiner receives everything written before it came', async () => {
    const plan = await createPlan(server.url, owner);
    const a = client(plan.id);
    await waitSynced(a);
    for (let i = 0; i < 50; i += 1) a.doc.getArray<number>('log').push([i]);
    typeInto(a.doc, 'goals', 'How might we close the homework gap?');
    const late = client(plan.id);
    await waitSynced(late);
    await waitFor(() => late.doc.getArray('log').length === 50, 5000, 'late joiner content');
    expect(getSectionBody(late.doc, 'goals').toString()).toContain('homework gap');
  });

  it('the stamped presence of a connection is the signed-in user, whatever the client claims', async () => {
    const plan = await createPlan(server.url, owner);
    const a = client(plan.id);
    const b = client(plan.id);
    await Promise.all([waitSynced(a), waitSynced(b)]);
    a.provider.awareness.setLocalStateField('user', { id: 'someone-else', name: 'The Superintendent', color: '#000' });
    const seen = (): Record<string, unknown> | undefined =>
      b.provider.awareness.getStates().get(a.doc.clientID)?.user as Record<string, unknown> | undefined;
    await waitFor(() => seen() !== undefined, 5000, 'presence');
    expect(seen()).toMatchObject({ id: owner.me.user.id, name: 'Owner', color: owner.me.user.color });
  });
});

describe('refusing connections', () => {
  it('refuses an anonymous connection with "not signed in"', async () => {
    const plan = await createPlan(server.url, owner);
    const anonymous = client(plan.id, null);
    expect((await waitClosed(anonymous)).code).toBe(CloseCodes.notSignedIn.code);
    expect(anonymous.provider.synced).toBe(false);
  });

  it('refuses a person outside the plan’s workspace', async () => {
    const plan = await createPlan(server.url, owner);
    const outsider = await signUp(server.url, 'Outsider');
    const c = client(plan.id, outsider.cookie);
    expect((await waitClosed(c)).code).toBe(CloseCodes.forbidden.code);
    expect(c.doc.getArray('sections').length).toBe(0);
  });

  it('refuses an unknown plan and a foreign Origin', async () => {
    const unknown = client('no-such-plan');
    expect((await waitClosed(unknown)).code).toBe(CloseCodes.planNotFound.code);

    const plan = await createPlan(server.url, owner);
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${plan.id}`, {
      headers: { cookie: owner.cookie, origin: 'https://evil.example' },
    });
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(CloseCodes.forbidden.code);
  });
});
