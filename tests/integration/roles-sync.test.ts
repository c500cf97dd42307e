/**
 * The role × message matrix on the sync endpoint, with stock y-websocket clients: what
 * each role's updates do (applied and relayed, or refused whole), and what happens to
 * open sockets when a role or a lock changes.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../shared/close-codes.ts';
import { getMeta, getSectionBody, getSectionsArray } from '../../shared/plan-doc.ts';
import { addGoal, readPlanStructure } from '../../shared/plan-structure.ts';
import { api, connectClient, createPlan, signUp, waitFor, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

async function planSharedWith(role: 'editor' | 'commenter' | 'viewer'): Promise<{ planId: string; person: Person }> {
  const plan = await createPlan(server.url, owner);
  const person = await signUp(server.url, role);
  const shared = await api(server.url, 'POST', `/api/plans/${plan.id}/members`, owner, { email: person.me.user.email, role });
  expect(shared.status).toBe(201);
  return { planId: plan.id, person };
}

async function connected(planId: string, person: Person): Promise<Client> {
  const client = connectClient(server.url, planId, person.cookie);
  onTestFinished(() => client.destroy());
  await waitSynced(client);
  return client;
}

const settle = (ms = 300): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Edit = { name: string; apply: (doc: Y.Doc) => void; seen: (doc: Y.Doc) => boolean };

const typeInBody = (sectionId: string, text: string): Edit => ({
  name: `type into ${sectionId}`,
  apply: (doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    getSectionBody(doc, sectionId).push([paragraph]);
  },
  seen: (doc) => getSectionBody(doc, sectionId).toString().includes(text),
});
const addComment = (text: string): Edit => ({
  name: 'add a comment thread',
  apply: (doc) => {
    const thread = new Y.Map<unknown>();
    thread.set('text', text);
    doc.getMap('comments').set(`thread-${text}`, thread);
  },
  seen: (doc) => doc.getMap('comments').has(`thread-${text}`),
});
const renameSection = (title: string): Edit => ({
  name: 'rename a section',
  apply: (doc) => getSectionsArray(doc).get(0).set('title', title),
  seen: (doc) => getSectionsArray(doc).get(0).get('title') === title,
});

const switchLens = (frameworkId: string): Edit => ({
  name: `switch the lens to ${frameworkId}`,
  apply: (doc) => getMeta(doc).set('frameworkId', frameworkId),
  seen: (doc) => getMeta(doc).get('frameworkId') === frameworkId,
});
const addAGoal = (title: string): Edit => ({
  name: 'add a goal',
  apply: (doc) => void addGoal(doc, { title, conditions: ['iste-ec-14@1:technical-support'] }),
  seen: (doc) => readPlanStructure(doc).goals.some((goal) => goal.title === title),
});

/** Does the owner (and, after, a fresh client) see the edit the person made? */
async function outcome(planId: string, person: Person, edit: Edit): Promise<{ relayed: boolean; stored: boolean; denials: string[] }> {
  const watcher = await connected(planId, owner);
  const writer = await connected(planId, person);
  edit.apply(writer.doc);
  let relayed = true;
  try {
    await waitFor(() => edit.seen(watcher.doc), 1500, 'relay');
  } catch {
    relayed = false;
  }
  await settle();
  const fresh = await connected(planId, owner);
  return { relayed, stored: edit.seen(fresh.doc), denials: writer.denials };
}

const CELLS: Array<{ role: 'editor' | 'commenter' | 'viewer'; edit: Edit; allowed: boolean }> = [
  { role: 'viewer', edit: typeInBody('vision', 'viewer text'), allowed: false },
  { role: 'viewer', edit: addComment('viewer comment'), allowed: false },
  { role: 'commenter', edit: addComment('commenter comment'), allowed: true },
  { role: 'commenter', edit: typeInBody('vision', 'commenter text'), allowed: false },
  { role: 'commenter', edit: renameSection('Commenter title'), allowed: false },
  { role: 'editor', edit: typeInBody('vision', 'editor text'), allowed: true },
  { role: 'editor', edit: renameSection('Editor title'), allowed: true },
  { role: 'editor', edit: addComment('editor comment'), allowed: true },
  { role: 'editor', edit: addAGoal('Editor goal'), allowed: true },
  { role: 'editor', edit: switchLens('iste-ec-7'), allowed: false },
  { role: 'commenter', edit: addAGoal('Commenter goal'), allowed: false },
  { role: 'viewer', edit: addAGoal('Viewer goal'), allowed: false },
];

describe('what each role’s updates do', () => {
  it.each(CELLS)('$role: $edit.name → allowed: $allowed', async ({ role, edit, allowed }) => {
    const { planId, person } = await planSharedWith(role);
    const result = await outcome(planId, person, edit);
    expect(result).toMatchObject({ relayed: allowed, stored: allowed });
    if (!allowed) expect(result.denials).toContain('refused');
  });

  it('an owner may switch the plan’s lens, and everyone sees the new lens', async () => {
    const plan = await createPlan(server.url, owner);
    expect(await outcome(plan.id, owner, switchLens('future-ready-gears'))).toMatchObject({ relayed: true, stored: true, denials: [] });
  });

  it('a viewer still receives the plan and live changes', async () => {
    const { planId, person } = await planSharedWith('viewer');
    const viewer = await connected(planId, person);
    expect(getSectionsArray(viewer.doc).length).toBeGreaterThan(5);
    const writer = await connected(planId, owner);
    typeInBody('goals', 'live for viewers').apply(writer.doc);
    await waitFor(() => getSectionBody(viewer.doc, 'goals').toString().includes('live for viewers'), 3000, 'live change');
  });
});

describe('section locks', () => {
  it('an editor cannot change a section locked to someone else, and can change the others', async () => {
    const { planId, person } = await planSharedWith('editor');
    const principal = await signUp(server.url, 'Principal');
    await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: principal.me.user.email, role: 'editor' });
    const lock = await api(server.url, 'PUT', `/api/plans/${planId}/sections/vision/editors`, owner, { editorIds: [principal.me.user.id] });
    expect(lock.status).toBe(200);
    expect(await outcome(planId, person, typeInBody('vision', 'not mine'))).toMatchObject({ relayed: false, stored: false });
    expect(await outcome(planId, person, typeInBody('goals', 'mine'))).toMatchObject({ relayed: true, stored: true });
    expect(await outcome(planId, principal, typeInBody('vision', 'the principal’s'))).toMatchObject({ relayed: true, stored: true });
  });
});

describe('changes while connected', () => {
  it('a downgrade to viewer applies to the open socket at once, without closing it', async () => {
    const { planId, person } = await planSharedWith('editor');
    const watcher = await connected(planId, owner);
    const editor = await connected(planId, person);
    typeInBody('vision', 'before').apply(editor.doc);
    await waitFor(() => getSectionBody(watcher.doc, 'vision').toString().includes('before'), 3000, 'first edit');

    const patched = await api(server.url, 'PATCH', `/api/plans/${planId}/members/${person.me.user.id}`, owner, { role: 'viewer' });
    expect(patched.status).toBe(200);
    await waitFor(() => editor.denials.includes('access-changed'), 3000, 'access-changed');
    typeInBody('vision', 'after').apply(editor.doc);
    await settle(500);
    expect(getSectionBody(watcher.doc, 'vision').toString()).not.toContain('after');
    expect(editor.closeEvents).toEqual([]);
  });

  it('removal closes the socket with "not allowed", and a stock client does not reconnect', async () => {
    const { planId, person } = await planSharedWith('editor');
    const editor = await connected(planId, person);
    expect((await api(server.url, 'DELETE', `/api/plans/${planId}/members/${person.me.user.id}`, owner)).status).toBe(204);
    await waitFor(() => editor.closeEvents.length > 0, 3000, 'close');
    expect(editor.closeEvents[0]!.code).toBe(CloseCodes.forbidden.code);
    await settle(1500);
    expect(editor.closeEvents).toHaveLength(1);
    expect(editor.provider.wsconnected || editor.provider.wsconnecting).toBe(false);

    const again = connectClient(server.url, planId, person.cookie);
    onTestFinished(() => again.destroy());
    await waitFor(() => again.closeEvents.length > 0, 3000, 'refusal');
    expect(again.closeEvents[0]!.code).toBe(CloseCodes.forbidden.code);
  });
});
