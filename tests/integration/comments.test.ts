/**
 * Comment threads over the real sync endpoint, with stock y-websocket clients: anchors that
 * hold while others type, what a commenter and a viewer may write, and the authors route
 * that names who wrote with each client id.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { anchorInText } from '../../shared/comment-anchors.ts';
import { addReply, addThread, findThread, getCommentsMap, readThreads, setThreadStatus, threadText, type CommentThread } from '../../shared/comments.ts';
import { PlanAuthorsSchema } from '../../shared/people.ts';
import { getSectionBody } from '../../shared/plan-doc.ts';
import { api, connectClient, createPlan, signUp, waitFor, waitSynced, type Client, type Person } from '../helpers/clients.ts';
import { useServerWithOwner } from '../helpers/fixtures.ts';
import type { RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let owner: Person;

useServerWithOwner((s, o) => {
  server = s;
  owner = o;
});

const SECTION = 'vision';
const PARAGRAPH = 'Every learner creates, questions and connects.';

async function planSharedWith(role: 'editor' | 'commenter' | 'viewer'): Promise<{ planId: string; person: Person }> {
  const plan = await createPlan(server.url, owner);
  const person = await signUp(server.url, `Casey ${role}`);
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

/** The text of the section's paragraph holding `marker`, on any copy of the document. */
function paragraphWith(doc: Y.Doc, marker: string): Y.XmlText | undefined {
  for (const block of getSectionBody(doc, SECTION).toArray()) {
    const text = block instanceof Y.XmlElement ? block.get(0) : undefined;
    if (text instanceof Y.XmlText && text.toString().includes(marker)) return text;
  }
  return undefined;
}

function appendParagraph(doc: Y.Doc, line: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(line)]);
  getSectionBody(doc, SECTION).push([paragraph]);
}

/** Starts a thread on `phrase` in the paragraph holding it. */
function commentOn(doc: Y.Doc, phrase: string, body: string): string {
  const text = paragraphWith(doc, phrase);
  if (!text) throw new Error(`no paragraph with "${phrase}"`);
  const from = text.toString().indexOf(phrase);
  return addThread(doc, { sectionId: SECTION, anchor: anchorInText(text, from, from + phrase.length), quote: phrase, body });
}

function thread(doc: Y.Doc, id: string): CommentThread | undefined {
  return readThreads(doc).find((t) => t.id === id);
}

/** A plan whose vision section has PARAGRAPH in it, with an editor and a commenter connected. */
async function planWithParagraph(): Promise<{ planId: string; editor: Client; commenter: Client; commenterPerson: Person }> {
  const { planId, person } = await planSharedWith('commenter');
  const editor = await connected(planId, owner);
  const commenter = await connected(planId, person);
  appendParagraph(editor.doc, PARAGRAPH);
  await waitFor(() => paragraphWith(commenter.doc, PARAGRAPH) !== undefined, 5000, 'the paragraph at the commenter');
  return { planId, editor, commenter, commenterPerson: person };
}

const messagesOf = (doc: Y.Doc, threadId: string): Y.Array<Y.Map<unknown>> => findThread(doc, threadId)!.get('messages') as Y.Array<Y.Map<unknown>>;

const settle = (ms = 300): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('comment anchors while others type', () => {
  it('a thread a commenter starts while an editor types before and inside its text covers the same text everywhere', async () => {
    const { planId, editor, commenter } = await planWithParagraph();

    // Both changes are made before either client has seen the other's: truly concurrent.
    const id = commentOn(commenter.doc, 'creates', 'Creates what, and how do we see it?');
    const text = paragraphWith(editor.doc, PARAGRAPH)!;
    text.insert(0, 'Here, ');
    text.insert(text.toString().indexOf('creates') + 'cre'.length, '-and-');

    const expected = 'cre-and-ates';
    for (const client of [editor, commenter]) {
      await waitFor(() => thread(client.doc, id) !== undefined && paragraphWith(client.doc, 'Here, ') !== undefined, 5000, 'both changes');
      expect(threadText(client.doc, thread(client.doc, id)!)).toBe(expected);
    }
    expect(paragraphWith(commenter.doc, 'Here, ')!.toString()).toBe('Here, Every learner cre-and-ates, questions and connects.');
    await settle();
    const fresh = await connected(planId, owner);
    expect(threadText(fresh.doc, thread(fresh.doc, id)!)).toBe(expected);
    expect(thread(fresh.doc, id)!.quote).toBe('creates');
  });

  it('a thread whose text an editor deletes stays, orphaned, with its quote', async () => {
    const { planId, editor, commenter } = await planWithParagraph();
    const id = commentOn(commenter.doc, 'questions', 'Whose questions?');
    await waitFor(() => thread(editor.doc, id) !== undefined, 5000, 'the thread at the editor');
    const text = paragraphWith(editor.doc, PARAGRAPH)!;
    text.delete(text.toString().indexOf('questions'), 'questions'.length);
    await waitFor(() => !paragraphWith(commenter.doc, 'Every')!.toString().includes('questions'), 5000, 'the deletion');
    expect(threadText(commenter.doc, thread(commenter.doc, id)!)).toBeUndefined();
    await settle();
    const fresh = await connected(planId, owner);
    expect(thread(fresh.doc, id)).toMatchObject({ quote: 'questions', status: 'open' });
    expect(threadText(fresh.doc, thread(fresh.doc, id)!)).toBeUndefined();
  });
});

describe('who may write comments', () => {
  it('a commenter’s reply and resolve are stored, and the resolve is theirs', async () => {
    const { planId, editor, commenter } = await planWithParagraph();
    const id = commentOn(editor.doc, 'connects', 'Connects to whom?');
    await waitFor(() => thread(commenter.doc, id) !== undefined, 5000, 'the thread at the commenter');
    expect(addReply(commenter.doc, id, { body: 'To families, through the portal.' })).toBe(true);
    expect(setThreadStatus(commenter.doc, id, 'resolved')).toBe(true);
    await waitFor(() => thread(editor.doc, id)?.status === 'resolved', 5000, 'the resolve at the editor');
    await settle();
    const stored = thread((await connected(planId, owner)).doc, id)!;
    expect(stored.messages.map((m) => m.body)).toEqual(['Connects to whom?', 'To families, through the portal.']);
    expect(stored.messages.map((m) => m.authorClientId)).toEqual([editor.doc.clientID, commenter.doc.clientID]);
    expect(stored).toMatchObject({ status: 'resolved', statusClientId: commenter.doc.clientID });
    expect(commenter.denials).toEqual([]);
  });

  it.each([
    { name: 'delete another person’s thread', act: (doc: Y.Doc, id: string) => getCommentsMap(doc).delete(id) },
    { name: 'reword another person’s message', act: (doc: Y.Doc, id: string) => messagesOf(doc, id).get(0).set('body', 'Reworded.') },
    { name: 'remove another person’s message', act: (doc: Y.Doc, id: string) => messagesOf(doc, id).delete(0, 1) },
  ])('a commenter cannot $name', async ({ act }) => {
    const { planId, editor, commenter } = await planWithParagraph();
    const theirs = commentOn(editor.doc, 'connects', 'Connects to whom?');
    const mine = commentOn(commenter.doc, 'learner', 'Every one?');
    await waitFor(() => thread(commenter.doc, theirs) !== undefined && thread(editor.doc, mine) !== undefined, 5000, 'both threads');
    act(commenter.doc, theirs);
    await waitFor(() => commenter.denials.includes('refused'), 5000, 'the refusal');
    await settle();
    expect(thread((await connected(planId, owner)).doc, theirs)?.messages.map((m) => m.body)).toEqual(['Connects to whom?']);
  });

  it('a commenter may delete their own thread', async () => {
    const { editor, commenter } = await planWithParagraph();
    const mine = commentOn(commenter.doc, 'learner', 'Every one?');
    await waitFor(() => thread(editor.doc, mine) !== undefined, 5000, 'the thread at the editor');
    getCommentsMap(commenter.doc).delete(mine);
    await waitFor(() => thread(editor.doc, mine) === undefined, 5000, 'the deletion at the editor');
    expect(commenter.denials).toEqual([]);
  });

  it('a commenter’s update that changes section text along with a comment is refused whole', async () => {
    const { planId, editor, commenter } = await planWithParagraph();
    let id = '';
    commenter.doc.transact(() => {
      id = commentOn(commenter.doc, 'learner', 'Every one?');
      paragraphWith(commenter.doc, PARAGRAPH)!.insert(0, 'Sneaked in. ');
    });
    await waitFor(() => commenter.denials.includes('refused'), 5000, 'the refusal');
    await settle();
    expect(thread(editor.doc, id)).toBeUndefined();
    expect(paragraphWith(editor.doc, 'Sneaked in.')).toBeUndefined();
    const fresh = await connected(planId, owner);
    expect(thread(fresh.doc, id)).toBeUndefined();
    expect(paragraphWith(fresh.doc, 'Sneaked in.')).toBeUndefined();
  });

  it('a viewer’s comment is refused and reaches nobody', async () => {
    const { planId, person } = await planSharedWith('viewer');
    const watcher = await connected(planId, owner);
    appendParagraph(watcher.doc, PARAGRAPH);
    const viewer = await connected(planId, person);
    await waitFor(() => paragraphWith(viewer.doc, PARAGRAPH) !== undefined, 5000, 'the paragraph at the viewer');
    const id = commentOn(viewer.doc, 'learner', 'I only read.');
    await waitFor(() => viewer.denials.includes('refused'), 5000, 'the refusal');
    await settle();
    expect(thread(watcher.doc, id)).toBeUndefined();
    expect(thread((await connected(planId, owner)).doc, id)).toBeUndefined();
  });
});

describe('GET /api/plans/:id/authors', () => {
  it('names the commenter for the client id that wrote their thread, for anyone who can read the plan', async () => {
    const { planId, commenter, commenterPerson } = await planWithParagraph();
    const id = commentOn(commenter.doc, 'questions', 'Which questions?');
    await settle();
    const viewer = await signUp(server.url, 'Vera Viewer');
    await api(server.url, 'POST', `/api/plans/${planId}/members`, owner, { email: viewer.me.user.email, role: 'viewer' });

    for (const reader of [owner, viewer]) {
      const answer = await api(server.url, 'GET', `/api/plans/${planId}/authors`, reader);
      expect(answer.status).toBe(200);
      const { authors } = PlanAuthorsSchema.parse(answer.body);
      const author = authors.find((a) => a.clientId === thread(commenter.doc, id)!.messages[0]!.authorClientId);
      expect(author).toEqual({ clientId: commenter.doc.clientID, userId: commenterPerson.me.user.id, name: 'Casey commenter' });
    }
  });

  it('gives a stranger and a signed-out caller no authors', async () => {
    const { planId } = await planWithParagraph();
    const stranger = await signUp(server.url, 'Stranger');
    const refused = await api(server.url, 'GET', `/api/plans/${planId}/authors`, stranger);
    expect(refused.status).toBe(403);
    expect(refused.body).not.toHaveProperty('authors');
    expect((await api(server.url, 'GET', `/api/plans/${planId}/authors`)).status).toBe(401);
    expect((await api(server.url, 'GET', '/api/plans/no-such-plan/authors', owner)).status).toBe(404);
  });
});
